import { sv } from '../../lib/copy/sv';
import { FACETS, type Facet } from '../../features/initiatives/filters';
import { NOTHING_KNOWN, correctUrl, type Known } from './corrections';
import { parseUrl } from './url-state';

const facets = Object.fromEntries(FACETS.map((f) => [f, new Set<string>()])) as unknown as Record<Facet, Set<string>>;
facets.organisation.add('mkb');
const KNOWN: Known = {
  areas: new Set(['nydala', 'lindangen']),
  subareas: new Map([['hermodsdal', 'nydala']]),
  index: { layer: 'index', year: 2022, defaultYear: 2022, dimensions: new Set(['delaktighet', 'utbildning']), indicators: new Set(['valdeltagande']), weights: {}, weightingEmpty: false },
  facets,
  initiatives: new Set(['sspf']),
};

/** The corrections as [key, new value] pairs, with the notices. */
function correct(query: string, known: Known = KNOWN) {
  const { notices, changes } = correctUrl(parseUrl(query), known, sv);
  return { notices, changes: changes.map(([codec, value]) => [codec.key, value]) };
}

describe('correctUrl', () => {
  it('changes nothing in a valid link', () => {
    expect(correct('?omrade=nydala&org=mkb&insats=sspf&jamfor=nydala,lindangen&ar=2022')).toEqual({ notices: [], changes: [] });
  });

  it('drops an area the data does not have, with the notice', () => {
    expect(correct('?omrade=atlantis')).toEqual({ notices: ['Området "atlantis" i länken finns inte. Visar ingen markering.'], changes: [['omrade', null]] });
  });

  it('drops a delområde the data does not have, with the notice', () => {
    expect(correct('?omrade=nydala&delomrade=atlantis')).toEqual({
      notices: ['Delområdet "atlantis" i länken finns inte. Visar området utan delområde.'],
      changes: [['delomrade', null]],
    });
  });

  it('lets the area follow the delområde: silently without an area, said when another was named', () => {
    expect(correct('?omrade=nydala&delomrade=hermodsdal')).toEqual({ notices: [], changes: [] });
    expect(correct('?delomrade=hermodsdal')).toEqual({ notices: [], changes: [['omrade', 'nydala']] });
    expect(correct('?omrade=lindangen&delomrade=hermodsdal')).toEqual({
      notices: ['Delområdet "hermodsdal" ligger i området "nydala". Visar det området.'],
      changes: [['omrade', 'nydala']],
    });
  });

  it('judges nothing before the data is in', () => {
    expect(correct('?omrade=atlantis&org=okand&insats=x&jamfor=a,b&lager=x', NOTHING_KNOWN)).toEqual({ notices: [], changes: [] });
  });

  it('keeps valid weights, drops unknown dimensions and indicators, and resets a weighting that leaves nothing', () => {
    const weighted = { ...KNOWN, index: { ...KNOWN.index!, weights: { delaktighet: 0, utbildning: 5 } } };
    expect(correct('?vikter=delaktighet:0,utbildning:5&utan=valdeltagande', weighted)).toEqual({ notices: [], changes: [] });
    // A weight equal to the proposal's is left out of the URL, without a word.
    const withDefault = { ...KNOWN, index: { ...KNOWN.index!, weights: { utbildning: 5 } } };
    expect(correct('?vikter=delaktighet:1,utbildning:5', withDefault)).toEqual({ notices: [], changes: [['vikter', { utbildning: 5 }]] });
    expect(correct('?vikter=delaktighet:2,halsa:3&utan=valdeltagande,nope')).toEqual({
      notices: ['Dimensionen "halsa" i länkens vikter finns inte; vikten används inte.', 'Indikatorn "nope" i länken finns inte; den lämnas inte ut.'],
      changes: [
        ['vikter', { delaktighet: 2 }],
        ['utan', ['valdeltagande']],
      ],
    });
    const empty = { ...KNOWN, index: { ...KNOWN.index!, weightingEmpty: true } };
    expect(correct('?vikter=delaktighet:0,utbildning:0', empty)).toEqual({ notices: ['Alla dimensioner hade vikten 0 i länken; förslagets viktning visas i stället.'], changes: [['vikter', {}]] });
    // A weight outside 0–5 is malformed: reset with the general notice.
    expect(correct('?vikter=delaktighet:7').changes).toEqual([['vikter', {}]]);
  });

  it('resets a malformed value of any parameter, naming it', () => {
    expect(correct('?intervall=2')).toEqual({ notices: ['Värdet "2" för intervall i länken kan inte användas. Visar standardvärdet.'], changes: [['intervall', 20]] });
    expect(correct('?vy=admin').changes).toEqual([['vy', 'karta']]);
  });

  it('falls back to the composite index and the default year when the model shows another', () => {
    const known = { ...KNOWN, index: { ...KNOWN.index!, layer: 'index', year: 2022, defaultYear: 2022 } };
    expect(correct('?lager=halsa&ar=1999', known)).toEqual({
      notices: ['Lagret "halsa" i länken finns inte. Visar sammanvägt index.', 'Året 1999 i länken finns inte i data. Visar standardåret.'],
      changes: [
        ['lager', 'index'],
        ['ar', null],
      ],
    });
  });

  it('drops filter values, compared areas and an initiative the data does not have, keeping the rest', () => {
    expect(correct('?org=mkb,okand&jamfor=nydala,atlantis&insats=finns-inte')).toEqual({
      notices: [
        'Området "atlantis" i jämförelsen finns inte och togs bort.',
        'Filtret org=okand i länken finns inte i registret och togs bort.',
        'Insatsen "finns-inte" i länken finns inte.',
      ],
      changes: [
        ['jamfor', ['nydala']],
        ['org', ['mkb']],
        ['insats', null],
      ],
    });
  });

  it('ignores an area that is not even a slug, without a notice', () => {
    expect(correct('?omrade=%3Cscript%3E')).toEqual({ notices: [], changes: [] });
  });
});
