/** The edits domain as other parts of main see it: editing activities and initiatives as change groups. */
export { addActivity, deleteActivity, editActivity, editInitiative, mergeInitiatives, type EditResult } from './edits';
