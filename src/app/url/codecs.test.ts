import { areaParam, compareParam, filterParams, initiativeParam, layerParam, leftOutParam, searchParam, viewParam, weightsParam, yearParam } from './codecs';
import { readParam, writeParam } from './store';

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

describe('index and view parameters', () => {
  it('reads and leaves out the default layer', () => {
    expect(readParam(layerParam, '?lager=ekonomi').value).toBe('ekonomi');
    expect(writeParam(layerParam, '?lager=ekonomi', 'index')).toBe('');
  });
  it('reads a four-digit year and rejects anything else', () => {
    expect(readParam(yearParam, '?ar=2022').value).toBe(2022);
    expect(readParam(yearParam, '?ar=22')).toEqual({ value: null, invalid: '22' });
  });
  it('reads up to four distinct areas to compare', () => {
    expect(readParam(compareParam, '?jamfor=nydala,lindangen').value).toEqual(['nydala', 'lindangen']);
    expect(readParam(compareParam, '?jamfor=a,b,c,d,e').invalid).toBe('a,b,c,d,e');
    expect(readParam(compareParam, '?jamfor=a,a').invalid).toBe('a,a');
    expect(writeParam(compareParam, '', ['a', 'b'])).toBe('?jamfor=a%2Cb');
  });
  it('knows the views and rejects others', () => {
    expect(readParam(viewParam, '?vy=metod').value).toBe('metod');
    expect(readParam(viewParam, '?vy=admin')).toEqual({ value: 'karta', invalid: 'admin' });
  });
});

describe('initiative parameters', () => {
  it('reads a list of slugs without duplicates and rejects a non-slug', () => {
    expect(readParam(filterParams.organisation, '?org=mkb,polisen,mkb').value).toEqual(['mkb', 'polisen']);
    expect(readParam(filterParams.kind, '?typ=projekt,<b>').invalid).toBe('projekt,<b>');
  });
  it('keeps search text as typed and rejects an over-long one', () => {
    expect(readParam(searchParam, '?sok=%C3%B6rat+mot').value).toBe('örat mot');
    expect(readParam(searchParam, `?sok=${'a'.repeat(101)}`).invalid).toHaveLength(101);
  });
  it('reads the open initiative', () => {
    expect(readParam(initiativeParam, '?insats=sspf').value).toBe('sspf');
  });
});

describe('weightsParam and leftOutParam ("Väg själv")', () => {
  it('reads dimension weights 0–5 and indicators left out', () => {
    expect(readParam(weightsParam, '?vikter=delaktighet:0,utbildning:5').value).toEqual({ delaktighet: 0, utbildning: 5 });
    expect(readParam(leftOutParam, '?utan=valdeltagande,inte-trangbodda').value).toEqual(['valdeltagande', 'inte-trangbodda']);
  });
  it('reports a weight outside 0–5, a missing weight, a repeated dimension or a non-slug', () => {
    for (const raw of ['utbildning:6', 'utbildning:-1', 'utbildning', 'utbildning:1,utbildning:2', 'Utbildning:1', 'utbildning:1.5']) {
      expect(readParam(weightsParam, `?vikter=${encodeURIComponent(raw)}`)).toEqual({ value: {}, invalid: raw });
    }
  });
  it('round-trips, and leaves no weights out of the URL', () => {
    const w = { ekonomi: 0, halsa: 2 };
    expect(readParam(weightsParam, writeParam(weightsParam, '', w)).value).toEqual(w);
    expect(writeParam(weightsParam, '?vikter=ekonomi:0', {})).toBe('');
  });
});
