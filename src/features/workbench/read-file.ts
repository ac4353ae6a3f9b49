/**
 * A dropped file's bytes, read in chunks so a large file (10 MB and more) can show how far it
 * has come; in one piece where the browser has no streams.
 */
export async function readFileBytes(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(file.size ? loaded / file.size : 1);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** One frame for the page to show "Kontrollerar …" before a long synchronous check. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
