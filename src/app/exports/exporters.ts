// Everything the download buttons need, in one lazily loaded chunk.
export { download, toCsv } from '../../lib/csv';
export { indexCsvRows } from '../../features/index/export';
export { initiativesCsvRows, matrixCsvRows, needsCsvRows } from '../../features/initiatives/export';
export { coordinationCellCsvRows, coordinationCsvRows } from '../../features/initiatives/coordination-export';
