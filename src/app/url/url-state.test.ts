import { renderHook, act } from '@testing-library/react';
import { change, flushUrlWrites, resetUrlState, setDataDefault, setParam, setParams, writeParam } from './store';
import { PARAMS, parseUrl, useUrlState } from './url-state';

describe('parseUrl', () => {
  it('reads every parameter once, with the filters and the mode derived', () => {
    const url = parseUrl('?omrade=nydala&org=mkb,polisen&sok=trygg&visning=1');
    expect(url.area).toBe('nydala');
    expect(url.filters).toEqual({ kind: [], organisation: ['mkb', 'polisen'], dimension: [], theme: [], targetGroup: [], status: [], search: 'trygg', area: 'nydala' });
    expect(url.mode).toBe('presentation');
    expect(url.invalid).toEqual([]);
  });

  it('lets embed win over presentation', () => {
    expect(parseUrl('?visning=1&inbaddning=1').mode).toBe('embed');
  });

  it('reports values that do not parse, by name, key and raw text, and falls back to the default', () => {
    const url = parseUrl('?intervall=2&lang=fi&vy=admin');
    expect(url.interval).toBe(20);
    expect(url.invalid.map((p) => [p.name, p.key, p.raw])).toEqual([
      ['view', 'vy', 'admin'],
      ['interval', 'intervall', '2'],
      ['lang', 'lang', 'fi'],
    ]);
  });

  it('keeps the references of values that did not change', () => {
    const before = parseUrl('?jamfor=nydala,lindangen&org=mkb&insats=sspf');
    const after = parseUrl('?jamfor=nydala,lindangen&org=mkb&insats=sspf&lager=ekonomi', before);
    expect(after.compare).toBe(before.compare);
    expect(after.organisation).toBe(before.organisation);
    expect(after.filters).toBe(before.filters);
    expect(after.invalid).toBe(before.invalid);
    expect(after.layer).toBe('ekonomi');
  });

  it('gives new references where a value changed', () => {
    const before = parseUrl('?org=mkb');
    const after = parseUrl('?org=mkb,polisen', before);
    expect(after.organisation).not.toBe(before.organisation);
    expect(after.filters).not.toBe(before.filters);
  });
});

describe('useUrlState', () => {
  beforeEach(() => resetUrlState(''));

  it('returns the same object until the query string changes', () => {
    const { result, rerender } = renderHook(() => useUrlState());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() => setParam(PARAMS.area, 'nydala'));
    expect(result.current).not.toBe(first);
    expect(result.current.area).toBe('nydala');
    expect(result.current.compare).toBe(first.compare);
  });

  it('writes several parameters as one history entry', () => {
    window.history.replaceState(null, '', '/');
    const length = window.history.length;
    setParams([change(PARAMS.area, 'nydala'), change(PARAMS.view, 'insatser')]);
    flushUrlWrites();
    expect(window.location.search).toBe('?omrade=nydala&vy=insatser');
    expect(window.history.length).toBe(length + 1);
  });
});

describe('defaults are left out by the store', () => {
  beforeEach(() => resetUrlState(''));

  it("leaves the code's default out", () => {
    expect(writeParam(PARAMS.layer, '?lager=ekonomi', 'index')).toBe('');
  });

  it("leaves the data's default year out once it is known", () => {
    expect(writeParam(PARAMS.year, '', 2022)).toBe('?ar=2022');
    setDataDefault(PARAMS.year, 2022);
    expect(writeParam(PARAMS.year, '?ar=2021', 2022)).toBe('');
    expect(writeParam(PARAMS.year, '', 2021)).toBe('?ar=2021');
  });
});
