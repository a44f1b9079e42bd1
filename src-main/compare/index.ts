/** Vergelijken as other parts of main see it. */
export { compareScans, COMPARE_DIMENSIONS, type CompareQuery } from './compare';
