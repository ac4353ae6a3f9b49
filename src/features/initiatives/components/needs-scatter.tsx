/** recharts scatter of need (index) against effort (initiative count); its own lazy chunk. */
import { CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';

export interface ScatterPoint {
  slug: string;
  name: string;
  score: number;
  count: number;
}

export default function NeedsScatter({
  points,
  medianCount,
  xLabel,
  yLabel,
  onSelect,
}: {
  points: ScatterPoint[];
  medianCount: number;
  xLabel: string;
  yLabel: string;
  onSelect: (slug: string) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height={340}>
      <ScatterChart margin={{ top: 16, right: 24, bottom: 28, left: 4 }}>
        <CartesianGrid stroke="#ddd" />
        <XAxis type="number" dataKey="score" name={xLabel} domain={['auto', 'auto']} tickFormatter={(v: number) => formatNumber(v)} label={{ value: xLabel, position: 'bottom', offset: 8, fontSize: 12 }} />
        <YAxis type="number" dataKey="count" name={yLabel} allowDecimals={false} width={40} label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: 12 }} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : String(v))} />
        <ReferenceLine x={100} stroke="#000" strokeDasharray="4 3" />
        <ReferenceLine y={medianCount} stroke="#555" strokeDasharray="2 3" />
        <Scatter data={points} fill="#0b5c8a" isAnimationActive={false} onClick={(p: { payload?: ScatterPoint }) => p.payload && onSelect(p.payload.slug)} cursor="pointer">
          <LabelList dataKey="name" position="top" fontSize={11} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  );
}
