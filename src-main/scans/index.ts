/** The scans domain as other parts of main see it: labels and order, lookups, the import report, the import's scan writes. */
export { scanLabel, scanLabels, existingScan, scanIssues, activityIssues, deleteScan } from './scans';
export { getScan, listScans } from './summaries';
export { assertReplaceTargets } from './replace-targets';
export { hasScans, newestScanOf, scanNames, scanRanks, scanRow, scanRows, scanWrites, unmappedOrigins, type ScanName, type ScanRow, type UnmappedOriginRow } from './repository';
