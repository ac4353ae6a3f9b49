import { useEffect, useState } from 'react';

/**
 * False until the browser has been idle once after the component mounted (or `timeoutMs` has
 * passed): for work the first view does not need, so it does not compete with what it does.
 */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), timeoutMs);
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  return idle;
}
