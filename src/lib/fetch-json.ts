import { DataError } from './data-error';
import { parseJsonText } from './json/parse-json-text';

/**
 * How long a file may take to arrive, in milliseconds. A mutable setting rather than a constant so
 * tests can make it short; the app never changes it.
 */
export const fetchTimeout = { ms: 20_000 };

function seconds(ms: number): string {
  return String(ms / 1000).replace('.', ',');
}

/**
 * Fetches a file from the app's own origin and parses it as JSON. Network and HTTP failures, a
 * response slower than `timeoutMs`, and empty, mis-encoded or malformed text become a DataError
 * naming the file; the caller validates the content. Aborting `signal` (React Query does when the
 * query is cancelled) rejects with the signal's reason, as fetch does.
 */
export async function fetchJson(file: string, signal?: AbortSignal, timeoutMs = fetchTimeout.ms): Promise<unknown> {
  // One controller for both reasons to stop: the caller's signal and our time limit
  // (AbortSignal.any would do this, but not every runtime the tests use has it).
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let res: Response;
  let text: string;
  try {
    try {
      res = await fetch(new URL(file, document.baseURI), { signal: controller.signal });
    } catch (err) {
      if (signal?.aborted) throw err;
      if (timedOut) throw timeoutError(file, timeoutMs);
      throw new DataError('network', [{ file, message: 'Kunde inte hämtas (nätverksfel). Kontrollera anslutningen och försök igen.' }]);
    }
    if (!res.ok) {
      throw new DataError('http', [{ file, message: `Servern svarade ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.` }]);
    }
    try {
      text = await res.text();
    } catch (err) {
      if (signal?.aborted) throw err;
      if (timedOut) throw timeoutError(file, timeoutMs);
      throw new DataError('network', [{ file, message: 'Hämtningen avbröts innan hela filen kommit fram (nätverksfel). Försök igen.' }]);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  return parseJsonText(file, text);
}

function timeoutError(file: string, timeoutMs: number): DataError {
  return new DataError('network', [{ file, message: `Tog för lång tid att hämta (tidsgräns ${seconds(timeoutMs)} s).` }]);
}
