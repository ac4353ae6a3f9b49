import type { RegisterMeta, SourceRef } from './api/initiatives';
import { makeLabeller } from './labels';
import { sourceLine } from './sources';

const meta = {
  title: 't',
  source: 's',
  licence: 'CC0',
  attribution: 'Malmö stad',
  updated: '2026-11-23',
  staleAfterDays: 365,
  themes: [{ id: 'trygghet', label: 'Trygghet', label_en: 'Safety' }],
  targetGroups: [{ id: 'barn', label: 'Barn' }],
  kinds: [{ id: 'projekt', label: 'Projekt', label_en: 'Project' }],
  statuses: [
    { id: 'pagaende', label: 'Pågående', label_en: 'Ongoing' },
    { id: 'okand', label: 'Okänd', label_en: '' },
  ],
  dimensions: [{ id: 'boende', label: 'Boende', label_en: 'Housing' }],
  documents: [
    { file: '000_7e4e36ed4d4f27ab.txt', diarienummer: 'SN-2023-1541', documentDate: '2023-12-12', title: 'Yttrande: Remiss', author: 'Servicenämnden (till kommunstyrelsen)', board: 'Servicenämnden' },
    { file: '001_d580227a834b56e0.txt', diarienummer: null, documentDate: '2024-05-08', title: 'Pågående processer', author: 'Anges inte' },
  ],
} satisfies RegisterMeta;
const organisations = [
  { id: 'servicenamnden', name: 'Servicenämnden', type: 'namnd' as const, aliases: [] },
  { id: 'fritidsnamnden', name: 'Fritidsnämnden', type: 'namnd' as const, aliases: [] },
];
const options = (lang: 'sv' | 'en') => ({ lang, items: [], today: new Date('2026-12-01') });

describe('makeLabeller', () => {
  it('gives the English label in English and the Swedish in Swedish', () => {
    const en = makeLabeller(meta, organisations, options('en'));
    const sv = makeLabeller(meta, organisations, options('sv'));
    expect([en.kind('projekt'), en.status('pagaende'), en.theme('trygghet'), en.dimension('boende')]).toEqual(['Project', 'Ongoing', 'Safety', 'Housing']);
    expect([sv.kind('projekt'), sv.status('pagaende'), sv.theme('trygghet'), sv.dimension('boende')]).toEqual(['Projekt', 'Pågående', 'Trygghet', 'Boende']);
    expect(en.facet('status', 'pagaende')).toBe('Ongoing');
  });

  it('falls back to the Swedish where the English is missing or empty, and to the id where the label is', () => {
    const en = makeLabeller(meta, organisations, options('en'));
    expect(en.targetGroup('barn')).toBe('Barn');
    expect(en.status('okand')).toBe('Okänd');
    expect(en.kind('finns-inte')).toBe('finns-inte');
  });
});

describe('sources', () => {
  const labels = makeLabeller(meta, organisations, options('sv'));
  const ref = (over: Partial<SourceRef>): SourceRef => ({ file: '000_7e4e36ed4d4f27ab.txt', diarienummer: 'SN-2023-1541', documentDate: '2023-12-12', section: 'Yttrande › Fastigheter', organisation: 'servicenamnden', ...over });

  it('names the board, the document, its date and diarienummer and the section, never the file', () => {
    const d = labels.source(ref({}));
    expect(d).toEqual({ heading: 'Servicenämnden', title: 'Yttrande: Remiss', date: '2023-12-12', diarienummer: 'SN-2023-1541', section: 'Yttrande › Fastigheter', organisation: null });
    expect(sourceLine(d, 'Okänt dokument')).toBe('Servicenämnden SN-2023-1541 2023-12-12: Yttrande › Fastigheter');
  });

  it('heads a document without a board by its title, and names the answering board unless the section does', () => {
    const d = labels.source(ref({ file: '001_d580227a834b56e0.txt', diarienummer: null, documentDate: '2024-05-08', section: 'Exempel', organisation: 'fritidsnamnden' }));
    expect(d).toEqual({ heading: 'Pågående processer', title: null, date: '2024-05-08', diarienummer: null, section: 'Exempel', organisation: 'Fritidsnämnden' });
    expect(labels.source(ref({ file: '001_d580227a834b56e0.txt', section: 'Svar › Fritidsnämnden', organisation: 'fritidsnamnden' })).organisation).toBeNull();
    expect(sourceLine(d, 'Okänt dokument')).toBe('Pågående processer 2024-05-08: Exempel (Fritidsnämnden)');
  });

  it('takes date and diarienummer from the document list, and shows an unknown document without its file name', () => {
    expect(labels.source(ref({ documentDate: '1999-01-01', diarienummer: 'X-1' }))).toMatchObject({ date: '2023-12-12', diarienummer: 'SN-2023-1541' });
    const unknown = labels.source(ref({ file: '009_0123456789abcdef.txt' }));
    expect(unknown.heading).toBeNull();
    expect(sourceLine(unknown, 'Okänt dokument')).toBe('Okänt dokument SN-2023-1541 2023-12-12: Yttrande › Fastigheter (Servicenämnden)');
    expect(JSON.stringify(unknown)).not.toMatch(/\.txt/);
  });
});
