/** Links across scans as other parts of main see them: the links between two scans, decisions, the change report. */
export { listLinks, listActivityLinks, decideLink, scanPairLinks, type ScanPairLinks } from './links';
export { changeReport } from './changes';
export { nameKey } from './normalise';
export { countInitiativesOnce, rollUpCount, type RollUpCount } from './rollup';
