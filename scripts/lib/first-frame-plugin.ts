import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_FRAME_FILES, computeFirstFrame } from './first-frame.ts';

const ID = 'virtual:first-frame';
const RESOLVED = `\0${ID}`;

/** `import firstFrame from 'virtual:first-frame'`: the map's first frame (./first-frame.ts), or null. */
export function firstFramePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'omradeskartan-first-frame',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of FIRST_FRAME_FILES) this.addWatchFile(resolve(publicDir, file));
      return `export default ${JSON.stringify(computeFirstFrame(publicDir))};`;
    },
  };
}
