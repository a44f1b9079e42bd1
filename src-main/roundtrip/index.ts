/** The Excel round trip as other parts of main see it (docs/roundtrip.md). */
export { runDiff, runImportUpdate } from './cli';
export { roundtripHandlers } from './handlers';
