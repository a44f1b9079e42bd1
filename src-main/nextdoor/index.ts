/** Volgende deur as other parts of main see it (the detail panel, the referral text, the published site). */
export { nextDoor, nextDoorsFor, nextInitiatives } from './nextdoor';
export { overlap } from './overlap';
export { groupOf, nextSteps } from './steps';
