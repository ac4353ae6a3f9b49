import { scaleTextSize, scaleValue } from './label-scale';

describe('scaling the area names for the big screen', () => {
  it('scales a constant', () => {
    expect(scaleTextSize(14, 1.5)).toBe(21);
  });

  it('keeps a zoom interpolation on top and scales its outputs, not its stops', () => {
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 9, 10, 12, 14], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 9, 20, 12, 28]);
  });

  it('scales every output of a zoom step, data-driven ones by multiplying', () => {
    expect(scaleTextSize(['step', ['zoom'], 10, 11, ['get', 'size']], 2)).toEqual(['step', ['zoom'], 20, 11, ['*', 2, ['get', 'size']]]);
  });

  it('multiplies a data expression without zoom', () => {
    expect(scaleTextSize(['case', ['has', 'short'], 12, 14], 3)).toEqual(['*', 3, ['case', ['has', 'short'], 12, 14]]);
  });
});

describe('scaling the badges and dots with the names', () => {
  it('scales a padding array element by element and a size as a size', () => {
    expect(scaleValue([2, 5, 2, 5], 2)).toEqual([4, 10, 4, 10]);
    expect(scaleValue(6, 1.5)).toBe(9);
  });
});
