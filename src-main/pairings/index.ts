/** Leer van elkaar as other parts of main see it (the Ecosysteemkaart's `learn` lines are its best pairs). */
export { topPairs, type PairQuery } from './top-pairs';
export { activityPairsOf, partnersOf, type PartnerQuery } from './partners';
