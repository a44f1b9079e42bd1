/** Surveys as other parts of main see them: the referrals participants reported under "Volgende stap". */
export { nextStepRows } from './repository';
