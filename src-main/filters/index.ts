/** Saved filters as other parts of main see them (the CLI's `--filter NAME`). */
export { listSavedFilters } from './saved-filters';
