import { BREAKS, CLASS_COLORS, classLabel, classify, legendClasses } from './classes';

describe('classify', () => {
  it('puts each score in its class, a break value in the class above', () => {
    expect([79.9, 80, 94.9, 95, 100, 104.9, 105, 119.9, 120, 300].map(classify)).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 4, 4]);
  });
  it('has no class for a missing score', () => {
    expect(classify(null)).toBeNull();
    expect(classify(Number.NaN)).toBeNull();
  });
  it('has one colour per class', () => {
    expect(CLASS_COLORS).toHaveLength(BREAKS.length + 1);
  });
});

describe('legend', () => {
  it('labels open and closed classes', () => {
    const labels = legendClasses().map((c) => classLabel(c, String));
    expect(labels).toEqual(['under 80', '80–95', '95–105', '105–120', '120 och över']);
  });
});
