// WCAG 1.4.11 (non-text contrast) and colour-vision deficiencies, computed for every pair.
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, interpolate, parse, wcagContrast, type Color } from 'culori';
import { CLASS_COLORS, MISSING_COLOR } from '../features/index/classes';
import { COLORS, FILL_OPACITY } from '../features/map/map-style';

/** What the map draws: the fill at its opacity over Malmö's land colour. */
const drawn = (fill: string) => formatHex(interpolate([COLORS.malmo, fill])(FILL_OPACITY))!;
const deltaE = differenceCiede2000();
// Simulated colours can fall outside sRGB; compare them unclamped, as the eye would see them.
const simulated = (filter: (c: Color) => Color) => (c: string) => filter(parse(c)!);
const visions: Record<string, (c: string) => Color> = {
  normal: (c) => parse(c)!,
  deuteranopia: simulated(filterDeficiencyDeuter(1)),
  protanopia: simulated(filterDeficiencyProt(1)),
  tritanopia: simulated(filterDeficiencyTrit(1)),
};

describe('map colours', () => {
  it.each([...CLASS_COLORS, MISSING_COLOR])('boundary has at least 3:1 contrast against fill %s', (fill) => {
    expect(wcagContrast(drawn(fill), COLORS.outline)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(visions))('neighbouring classes stay distinguishable with %s (ΔE2000 ≥ 7)', (vision) => {
    const simulate = visions[vision]!;
    const colours = CLASS_COLORS.map((c) => simulate(drawn(c)));
    for (let i = 1; i < colours.length; i++) {
      expect(deltaE(colours[i - 1]!, colours[i]!), `${CLASS_COLORS[i - 1]} vs ${CLASS_COLORS[i]}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('keeps "saknas" apart from every class, for every vision', () => {
    for (const simulate of Object.values(visions)) {
      for (const c of CLASS_COLORS) expect(deltaE(simulate(drawn(c)), simulate(drawn(MISSING_COLOR)))).toBeGreaterThanOrEqual(7);
    }
  });

  it('draws area labels at 4.5:1 against their halo', () => {
    expect(wcagContrast(COLORS.label, COLORS.labelHalo)).toBeGreaterThanOrEqual(4.5);
  });
});
