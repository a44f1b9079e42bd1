/** The Ecosysteemkaart as other parts of main see it. */
export { buildGraph, type GraphQuery } from './graph';
export { graphPositions, scanKey } from './positions';
export { layoutSpan } from './layout-span';
