/**
 * The import as other parts of main see it: the bundled sample, the size limits, the worker that
 * reads off the main thread, what a restore needs (no import may be writing), and the one guarded
 * workbook reader that every other file import (survey responses, demand tables) goes through.
 */
export { ensureSampleScan, sampleScanPath, SAMPLE_FILE } from './sample';
export { LIMITS } from './limits';
export { decodeUpload, fileTooLarge, readInputFile } from './file-size';
export { sourceWorkerFactory } from './worker-factory';
export { cancelImportsForRestore } from './session-registry';
export type { WorkerFactory } from './sessions';
export { readWorkbook, type CellValue, type Grid } from './read-workbook';
export { columnLetter } from './issues';
// What the Excel round trip (src-main/roundtrip) reads a workbook's cells with: the importer's own rules.
export { plainColumn, type ColumnSpec } from './fields';
export { readNumber, readYear } from './numbers';
export { cellText, nameKey, tidyName } from './cells';
export { IssueLog } from './issues';
export { organisations } from './rows';
