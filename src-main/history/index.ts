/**
 * The history domain: change groups, the per-row history the triggers write while a group is open,
 * undo, redo and "zet terug" (docs/history.md). Other domains import this file only.
 */
export { inChangeGroup, osUser, recordImport, recordMerge, recordRestore, withChangeGroup, type ChangeGroupOptions, type ChangeResult, type Changes, type Origin } from './change-group';
export { history, type HistoryEntry, type HistoryFilter } from './read';
export { redo, revert, undo, type GroupSummary, type UndoResult } from './undo';
export { subjectName } from './subject-names';
