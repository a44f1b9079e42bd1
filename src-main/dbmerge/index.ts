/**
 * One database from many (docs/database-merge.md): chosen scans exported as a `.sqlite` file, and such
 * a file (or any database the app made) merged into the open one, read in a worker as hostile input.
 */
export { exportsDatabase, importsDatabase, runDatabaseExport, runDatabaseImport } from './cli';
export { dbmergeHandlers } from './handlers';
export { exportDatabase } from './export';
export { commitMerge, mergeTargets, planMerge } from './merge';
export { readDatabase, type ReadDatabase } from './read-database';
export { readInWorker, sourceReader, type ReaderFactory } from './reader';
