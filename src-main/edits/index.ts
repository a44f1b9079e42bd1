/** The edits domain as other parts of main see it: editing activities and initiatives as change groups. */
export { addActivity, addActivityTo, deleteActivity, deleteInitiative, editActivity, editActivityWith, editInitiative, editInitiativeWith, mergeInitiatives, type AddResult, type EditResult } from './edits';
// The limits an edit holds a field to, which the round trip checks a changed cell against first.
export { MAX_REACH, NAME_MAX, TEXT_MAX } from './checks';
