/** Surveys as other parts of main see them: the knelpunt codes per activity's answers, and the referrals participants reported. */
export { nextStepRows } from './repository';
export { readInputFile } from './cli';
export { checkRound } from './surveys';
