/**
 * The map as a picture for slides and reports: title, the map as drawn, the legend and the source
 * line, composed on a 2D canvas (text drawn as text, nothing parsed as HTML).
 */
export interface PngLegendItem {
  color: string;
  label: string;
  hatched?: boolean;
}

export async function composeMapPng(options: {
  map: { dataUrl: string; width: number; height: number };
  title: string;
  subtitle?: string;
  legend: PngLegendItem[];
  source: string;
}): Promise<Blob> {
  const img = new Image();
  img.src = options.map.dataUrl;
  await img.decode();
  const pad = 24;
  const head = options.subtitle ? 84 : 60;
  const legendRow = 40;
  const foot = 44;
  const width = options.map.width;
  const height = head + options.map.height + legendRow + foot;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas saknas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1b1f1d';
  ctx.font = 'bold 26px system-ui, "DejaVu Sans", sans-serif';
  ctx.fillText(options.title, pad, 38);
  if (options.subtitle) {
    ctx.font = '18px system-ui, "DejaVu Sans", sans-serif';
    ctx.fillStyle = '#4a524e';
    ctx.fillText(options.subtitle, pad, 66);
  }
  ctx.drawImage(img, 0, head, options.map.width, options.map.height);
  let x = pad;
  const y = head + options.map.height + 12;
  ctx.font = '15px system-ui, "DejaVu Sans", sans-serif';
  for (const item of options.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y, 22, 16);
    if (item.hatched) {
      ctx.strokeStyle = '#5a5a5a';
      for (let i = -16; i < 22; i += 5) {
        ctx.beginPath();
        ctx.moveTo(x + i, y + 16);
        ctx.lineTo(x + i + 16, y);
        ctx.stroke();
      }
    }
    ctx.strokeStyle = '#333';
    ctx.strokeRect(x, y, 22, 16);
    ctx.fillStyle = '#1b1f1d';
    ctx.fillText(item.label, x + 28, y + 13);
    x += 28 + ctx.measureText(item.label).width + 22;
  }
  ctx.fillStyle = '#4a524e';
  ctx.font = '13px system-ui, "DejaVu Sans", sans-serif';
  ctx.fillText(options.source, pad, height - 16);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kunde inte skapas'))), 'image/png'));
}
