/** Witte vlekken as other parts of main see it. */
export { combinations, resolveAxes, whiteSpots, WHITESPOT_DEFAULT, WHITESPOT_DIMENSIONS, type WhiteSpotQuery } from './whitespots';
