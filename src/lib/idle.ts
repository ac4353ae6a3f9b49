import { useEffect, useState } from 'react';

/**
 * Runs `fn` when the browser is next idle, or after `timeoutMs` at the latest (also where there
 * is no requestIdleCallback, as in Safari). Returns a function that cancels it.
 */
export function whenIdle(fn: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, timeoutMs);
  return () => clearTimeout(timer);
}

/**
 * False until the browser has been idle once after the component mounted (see whenIdle): for work
 * the first view does not need, so it does not compete with what it does.
 */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeoutMs), [timeoutMs]);
  return idle;
}
