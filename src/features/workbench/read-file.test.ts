import { readFileBytes } from './read-file';

describe('readFileBytes', () => {
  it('reads a 10 MB file in chunks, telling how far it has come, and loses no byte', async () => {
    const size = 10 * 1024 * 1024;
    const source = new Uint8Array(size);
    for (let i = 0; i < size; i += 4096) source[i] = (i / 4096) % 251;
    const seen: number[] = [];
    const bytes = await readFileBytes(new Blob([source]), (f) => seen.push(f));
    expect(bytes.length).toBe(size);
    expect(Buffer.from(bytes).equals(Buffer.from(source))).toBe(true);
    expect(seen).toHaveLength(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});
