import { useEffect, useState, type RefObject } from 'react';

/** How long the slide's controls stay after the last input. */
export const CONTROLS_IDLE_MS = 4000;

const WAKE_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

/**
 * Whether the controls in `ref` show: after `delay` ms without input they hide, and any input
 * (mouse, touch, a key, focus) brings them back. Never while they are in use: hovered, or holding
 * keyboard focus (a button clicked with the mouse keeps focus too, but does not hold them).
 */
export function useIdleControls(ref: RefObject<HTMLElement | null>, delay = CONTROLS_IDLE_MS): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer = 0;
    const hideLater = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const el = ref.current;
        if (el && (el.matches(':hover') || el.querySelector(':focus-visible'))) hideLater();
        else setShown(false);
      }, delay);
    };
    const wake = () => {
      setShown(true);
      hideLater();
    };
    for (const e of WAKE_EVENTS) window.addEventListener(e, wake, { passive: true });
    hideLater();
    return () => {
      window.clearTimeout(timer);
      for (const e of WAKE_EVENTS) window.removeEventListener(e, wake);
    };
  }, [ref, delay]);
  return shown;
}
