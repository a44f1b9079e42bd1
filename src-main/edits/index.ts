/** The edits domain as other parts of main see it: editing activities and initiatives as change groups. */
export { addActivity, addActivityTo, deleteActivity, deleteInitiative, editActivity, editActivityWith, editInitiative, editInitiativeWith, mergeInitiatives, type AddResult, type EditResult } from './edits';
