/** Demand as other parts of main see it: demand against supply per sector × knelpunt. */
export { demandView } from './demand';
