import { describe, expect, it } from 'vitest';
import { mapAside } from './map-aside';

describe('mapAside', () => {
  it('puts the map aside in the table and chart views unless it is asked for', () => {
    for (const view of ['matris', 'rankning', 'jamfor'] as const) {
      expect(mapAside(view, 'normal', false)).toBe(true);
      expect(mapAside(view, 'normal', true)).toBe(false);
    }
  });

  it('leaves the map alone in the other views and in the embed and presentation modes', () => {
    expect(mapAside('karta', 'normal', false)).toBeNull();
    expect(mapAside('insatser', 'normal', true)).toBeNull();
    expect(mapAside('matris', 'embed', false)).toBeNull();
    expect(mapAside('rankning', 'presentation', false)).toBeNull();
  });
});
