import type { WorkbenchMessages } from './workbench-sv';

/** The editors' workbench (?vy=redigera), in English. The file's messages stay Swedish, as the CLI's. */
export const workbenchEn: WorkbenchMessages = {
  title: 'Editors\' workbench',
  open: 'Editors\' workbench: check a spreadsheet',
  intro:
    'Pick or drop a CSV file with the register in the format of an export (npm run data:register-export). The file is checked here in the browser with the app\'s own rules; nothing is sent anywhere. You see every error with its row and column, what changes against the published file, and can download the checked file (insatser.json) and a change report to hand to whoever publishes the site.',
  pick: 'Pick a file (CSV)',
  drop: 'or drop the file here',
  reading: (file) => `Reading ${file} …`,
  read: (file, rows, encoding, delimiter) => `${file}: ${rows} rows read (${encoding}, separator ${delimiter}).`,
  unreadable: (file) => `${file} could not be read.`,
  problemsHeading: (n) => (n === 1 ? '1 error – the file cannot be used until it is fixed' : `${n} errors – the file cannot be used until they are fixed`),
  changesHeading: 'Changes against the published file',
  summary: (added, changed, removed) => `${added} new, ${changed} changed, ${removed} removed`,
  noChanges: 'No changes: the file is the same as the published one.',
  colChange: 'Change',
  colId: 'Id',
  colFields: 'Fields',
  kindAdded: 'new',
  kindChanged: 'changed',
  kindRemoved: 'removed',
  download: 'Download insatser.json',
  downloadReport: 'Download the change report (CSV)',
  preview: 'Preview in the app',
  previewBanner: 'Preview with an uploaded file',
  previewFile: (file) => `(${file}): the register is shown from your file, not the published one. Nothing has been saved or sent.`,
  endPreview: 'End the preview',
  notLoaded: 'The register and the areas are still loading; try again in a moment.',
  colRow: 'Row',
  colColumn: 'Column',
  colMessage: 'Error',
};
