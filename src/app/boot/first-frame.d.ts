// Written at build time by scripts/lib/first-frame-plugin.ts.
declare module 'virtual:first-frame' {
  const firstFrame: import('../../features/map/map-drawing').FirstFrame | null;
  export default firstFrame;
}
