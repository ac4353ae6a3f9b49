import { useEffect, useRef } from 'react';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { mapHandle } from '../views/map-handle';
import { drawMapPicture } from './export-png';
import { mapPictureText } from './map-picture';

/**
 * The map on paper: the PNG the download makes, put into a print-only <img> when printing starts,
 * and dropped when it ends (nothing is drawn or encoded while nobody prints).
 *
 * Chromium prints a WebGL canvas only if its drawing buffer happens to hold a frame, so the live
 * map cannot be relied on. `beforeprint` (Ctrl+P, window.print(), "Skriv ut") runs before the print
 * layout: the map is redrawn, drawn into the picture and encoded as a data: URL in that same task
 * (a data: URL image loads at once, so the print layout has it). matchMedia('print') covers print
 * previews that switch media without the event.
 */
export function PrintMap() {
  const { t } = useCopy();
  const { index, selected } = useAppData();
  const { model } = index;
  const img = useRef<HTMLImageElement>(null);
  const latest = useRef({ t, model, area: selected?.properties.name ?? null });
  latest.current = { t, model, area: selected?.properties.name ?? null };

  useEffect(() => {
    const el = img.current;
    if (!el) return;
    let made = false;
    const make = () => {
      const { t, model, area } = latest.current;
      if (made || !model) return;
      const canvas = mapHandle.current?.drawNow();
      if (!canvas) return;
      const text = mapPictureText(t, model, area);
      const picture = drawMapPicture({ image: canvas, width: canvas.width, height: canvas.height }, text);
      el.alt = t.printMapAlt(text.title);
      el.src = picture.toDataURL('image/png');
      made = true;
    };
    const drop = () => {
      // A PDF made while print media is emulated ends with afterprint but stays in print media.
      if (print?.matches) return;
      made = false;
      el.removeAttribute('src');
    };
    // No matchMedia (jsdom in the component tests): beforeprint and afterprint alone.
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = () => (print?.matches ? make() : drop());
    addEventListener('beforeprint', make);
    addEventListener('afterprint', drop);
    print?.addEventListener('change', onMedia);
    return () => {
      removeEventListener('beforeprint', make);
      removeEventListener('afterprint', drop);
      print?.removeEventListener('change', onMedia);
    };
  }, []);

  return (
    <figure className="print-map">
      <img ref={img} alt="" decoding="sync" />
    </figure>
  );
}
