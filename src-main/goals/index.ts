/** Regional goals as other parts of main see them: each goal measured against the scans. */
export { measureGoals } from './goals';
