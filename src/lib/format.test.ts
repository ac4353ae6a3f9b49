import { formatDate, formatKm2, formatNumber, formatPercent } from './format';

describe('sv-SE formats', () => {
  it('writes a share with decimal comma and a space before %', () => {
    expect(formatPercent(77.22)).toBe('77,2\u00a0%');
  });
  it('writes km² with two decimals', () => {
    expect(formatKm2(16.19)).toBe('16,19 km²');
    expect(formatKm2(4)).toBe('4,00 km²');
  });
  it('groups thousands with a space', () => {
    expect(formatNumber(193960)).toBe('193\u00a0960');
  });
  it('uses en-GB when asked', () => {
    expect(formatPercent(77.22, 1, 'en-GB')).toBe('77.2%');
  });
});

describe('dates', () => {
  it('writes a date in Swedish and in British English', () => {
    expect(formatDate('2023-09-27', 'sv-SE')).toBe('27 september 2023');
    expect(formatDate('2023-09-27', 'en-GB')).toBe('27 September 2023');
  });
});
