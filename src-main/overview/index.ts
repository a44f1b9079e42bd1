/** Overzicht as other parts of main see it. */
export { buildOverview, OVERVIEW_DIMENSIONS, type OverviewQuery } from './overview';
