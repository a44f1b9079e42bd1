/** Surveys as other parts of main see them: the referrals participants reported under "Volgende stap". */
export { nextStepRows } from './repository';
/** Impact per knelpunt from the survey answers, for the activities a filter selects (the factsheet's section). */
export { impact } from './impact';
