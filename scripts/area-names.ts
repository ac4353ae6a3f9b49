/**
 * Short display names of the 14 GeSO, keyed by the source's geso_kod. A UI choice (see
 * data/sources/SOURCES.md): the first place in the official name, which is also what the slug is
 * made from. The official long name is always shown next to it in the app.
 */
export const AREA_SHORT_NAMES: Record<number, string> = {
  1: 'Västra hamnen',
  2: 'Kirsebergsstaden',
  3: 'Riseberga',
  4: 'Oxie kyrkby',
  5: 'Bunkeflostrand',
  6: 'Limhamns hamnområde',
  7: 'Ribersborg',
  8: 'Lorensborg',
  9: 'Möllevången',
  10: 'Örtagården',
  11: 'Nydala',
  12: 'Lindängen',
  13: 'Lindeborg',
  14: 'Hyllievång',
};
