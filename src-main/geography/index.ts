/** The geography hierarchy as other parts of main see it (the import places new names; the CLI resolves them). */
export { listGeography, placeGeography, resolveGeography } from './geography';
export { geographyRows, knownProvince, labelOfGeography, makesCycle } from './places';
