/**
 * The map as a picture for slides, reports and paper: title, the map as drawn, the legend and the
 * source line, composed on a 2D canvas (text drawn as text, nothing parsed as HTML). The download
 * and the printed page draw the same picture (png-layout.ts places it).
 */
import { layoutMapPng, type PngLegendItem } from './png-layout';

export type { PngLegendItem };

export interface MapPictureText {
  title: string;
  subtitle?: string;
  legend: PngLegendItem[];
  source: string;
}

/** Draws the picture synchronously: `map` is anything a 2D canvas can draw (an image, the map's canvas). */
export function drawMapPicture(map: { image: CanvasImageSource; width: number; height: number }, text: MapPictureText): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas saknas');
  const measure = (s: string, f: string) => {
    ctx.font = f;
    return ctx.measureText(s).width;
  };
  const layout = layoutMapPng({ width: map.width, mapHeight: map.height, ...text, measure });
  canvas.width = layout.width;
  canvas.height = layout.height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const block = (b: { lines: string[]; font: string; lineHeight: number; y: number }, colour: string) => {
    ctx.font = b.font;
    ctx.fillStyle = colour;
    b.lines.forEach((line, i) => ctx.fillText(line, layout.pad, b.y + i * b.lineHeight));
  };
  block(layout.title, '#1b1f1d');
  if (layout.subtitle) block(layout.subtitle, '#4a524e');
  ctx.drawImage(map.image, layout.map.x, layout.map.y, layout.map.w, layout.map.h);

  const { box, items, font } = layout.legend;
  ctx.strokeStyle = '#c9cec9';
  ctx.lineWidth = 1;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.w - 1, box.h - 1);
  ctx.font = font;
  for (const { item, swatch, label, hatch } of items) {
    ctx.fillStyle = item.color;
    ctx.fillRect(swatch.x, swatch.y, swatch.w, swatch.h);
    ctx.strokeStyle = '#5a5a5a';
    for (const [x0, y0, x1, y1] of hatch) {
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
    }
    ctx.strokeStyle = '#333';
    ctx.strokeRect(swatch.x, swatch.y, swatch.w, swatch.h);
    ctx.fillStyle = '#1b1f1d';
    ctx.fillText(item.label, label.x, label.y);
  }
  block(layout.source, '#4a524e');
  return canvas;
}

/** The download: the map's snapshot (a PNG data URL) composed into the picture, as a PNG blob. */
export async function composeMapPng(options: MapPictureText & { map: { dataUrl: string; width: number; height: number } }): Promise<Blob> {
  const img = new Image();
  img.src = options.map.dataUrl;
  await img.decode();
  const canvas = drawMapPicture({ image: img, width: options.map.width, height: options.map.height }, options);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kunde inte skapas'))), 'image/png'));
}
