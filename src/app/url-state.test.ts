import { areaParam, readParam, writeParam } from './url-state';

describe('areaParam', () => {
  it('reads a slug', () => {
    expect(readParam(areaParam, '?omrade=oxie-kyrkby')).toEqual({ value: 'oxie-kyrkby', invalid: null });
  });
  it('falls back to the default and reports a value that is not a slug', () => {
    expect(readParam(areaParam, '?omrade=%3Cscript%3E')).toEqual({ value: null, invalid: '<script>' });
  });
  it('leaves the default out of the URL', () => {
    expect(writeParam(areaParam, '?omrade=nydala', null)).toBe('');
  });
  it('keeps other parameters when writing', () => {
    expect(writeParam(areaParam, '?lager=ekonomi', 'nydala')).toBe('?lager=ekonomi&omrade=nydala');
  });
  it('round-trips', () => {
    expect(readParam(areaParam, writeParam(areaParam, '', 'lindangen')).value).toBe('lindangen');
  });
});
