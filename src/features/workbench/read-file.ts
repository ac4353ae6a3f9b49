/** Bytes read at a time: a 10 MB file tells its progress ten times. */
export const READ_CHUNK = 1024 * 1024;

/**
 * A dropped file's bytes, read a megabyte at a time so a large file (10 MB and more) can show
 * how far it has come.
 */
export async function readFileBytes(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += READ_CHUNK) {
    const chunk = new Uint8Array(await file.slice(at, at + READ_CHUNK).arrayBuffer());
    bytes.set(chunk, at);
    onProgress(Math.min(1, (at + chunk.length) / file.size));
  }
  return bytes;
}

/** One frame for the page to show "Kontrollerar …" before a long synchronous check. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
