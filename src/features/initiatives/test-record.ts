import type { Initiative } from './api/initiatives';

/** A valid register record for unit tests: the fields a test names, the rest empty or neutral. */
export const testRecord = (over: Partial<Initiative> & { id: string }): Initiative => ({
  name: over.id,
  aliases: [],
  description: 'En beskrivning som är tillräckligt lång.',
  kind: 'verksamhet',
  lead: [],
  partners: [],
  dimensions: [],
  themes: [],
  targetGroups: [],
  status: 'pagaende',
  geography: { scope: 'ej-angivet', areas: [], subareas: [], places: [] },
  sources: [{ file: 'f.txt', diarienummer: null, documentDate: '2024-01-01', section: 's' }],
  conflicts: [],
  ...over,
});
