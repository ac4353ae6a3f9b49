// @vitest-environment node
import { formatPath, shortText } from './problem-text';

describe('formatPath', () => {
  it('writes object keys with dots and array indices in brackets', () => {
    expect(formatPath(['features', 3, 'properties', 'slug'])).toBe('features[3].properties.slug');
  });
});

describe('shortText', () => {
  it('leaves a short value as it is and cuts a long one with an ellipsis', () => {
    expect(shortText(42)).toBe('42');
    expect(shortText('abcdef', 3)).toBe('abc…');
  });
});
