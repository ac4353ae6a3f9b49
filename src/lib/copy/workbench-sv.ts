/** The editors' workbench (?vy=redigera), in Swedish (English in workbench-en.ts, same keys). */
export const workbenchSv = {
  title: 'Arbetsbänk för redaktörer',
  open: 'Arbetsbänk för redaktörer: kontrollera ett kalkylark',
  intro:
    'Välj eller släpp en CSV-fil med registret i samma format som en export (npm run data:register-export). Filen kontrolleras här i webbläsaren med appens egna regler; inget skickas någonstans. Du ser varje fel med rad och kolumn, vad som ändras mot den publicerade filen, och kan ladda ner den kontrollerade filen (insatser.json) och en ändringsrapport att lämna till den som publicerar sidan.',
  pick: 'Välj fil (CSV)',
  drop: 'eller släpp filen här',
  reading: (file: string) => `Läser ${file} …`,
  read: (file: string, rows: number, encoding: string, delimiter: string) => `${file}: ${rows} rader lästa (${encoding}, avgränsare ${delimiter}).`,
  unreadable: (file: string) => `${file} kunde inte läsas.`,
  problemsHeading: (n: number) => (n === 1 ? '1 fel – filen kan inte användas förrän det är rättat' : `${n} fel – filen kan inte användas förrän de är rättade`),
  changesHeading: 'Ändringar mot den publicerade filen',
  summary: (added: number, changed: number, removed: number) => `${added} ${added === 1 ? 'ny' : 'nya'}, ${changed} ${changed === 1 ? 'ändrad' : 'ändrade'}, ${removed} borttagna`,
  noChanges: 'Inga ändringar: filen är samma som den publicerade.',
  colChange: 'Ändring',
  colId: 'Id',
  colFields: 'Fält',
  kindAdded: 'ny',
  kindChanged: 'ändrad',
  kindRemoved: 'borttagen',
  download: 'Ladda ner insatser.json',
  downloadReport: 'Ladda ner ändringsrapport (CSV)',
  preview: 'Förhandsvisa i appen',
  previewBanner: 'Förhandsvisning med uppladdad fil',
  previewFile: (file: string) => `(${file}): registret visas från din fil, inte från den publicerade. Inget har sparats eller skickats.`,
  endPreview: 'Avsluta förhandsvisningen',
  notLoaded: 'Registret och områdena laddas fortfarande; försök igen om en stund.',
  colRow: 'Rad',
  colColumn: 'Kolumn',
  colMessage: 'Fel',
} as const;

export type WorkbenchMessages = { [K in keyof typeof workbenchSv]: (typeof workbenchSv)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
