import { slugify } from './slug';

describe('slugify', () => {
  it('folds Swedish letters to ASCII', () => {
    expect(slugify('Örtagården')).toBe('ortagarden');
    expect(slugify('Möllevången')).toBe('mollevangen');
  });
  it('joins words with single hyphens and trims them at the ends', () => {
    expect(slugify('  Limhamns hamnområde, m fl ')).toBe('limhamns-hamnomrade-m-fl');
  });
});
