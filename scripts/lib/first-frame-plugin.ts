import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:first-frame';
const RESOLVED = `\0${ID}`;

type FirstFrameModule = typeof import('./first-frame.ts');

/**
 * `import firstFrame from 'virtual:first-frame'`: the map's first frame (./first-frame.ts), or
 * null. The module is loaded with Vite's own runner when the virtual module is first asked for, so
 * the config does not bundle the app's sources itself.
 */
export function firstFramePlugin(paths: { root?: string; publicDir?: string } = {}): Plugin {
  // Defaults: the config's own (the bench's bare page has another root and no public dir).
  let publicDir = '';
  let root = '';
  return {
    name: 'omradeskartan-first-frame',
    configResolved(config) {
      publicDir = paths.publicDir ?? config.publicDir;
      root = paths.root ?? config.root;
    },
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module } = await runnerImport<FirstFrameModule>(resolve(root, 'scripts/lib/first-frame.ts'), { root, configFile: false });
      for (const file of module.FIRST_FRAME_FILES) this.addWatchFile(resolve(publicDir, file));
      return `export default ${JSON.stringify(module.computeFirstFrame(publicDir))};`;
    },
  };
}
