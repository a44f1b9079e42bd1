/**
 * The import flow on the Importeren screen, as a pure reducer plus selectors. The effects (reading
 * the file, calling main, following main's import-status events) live in `import/ImportProvider.tsx`.
 *
 * Flow: idle → sending (or the native dialog) → session [reading → ready → writing → done | failed |
 * cancelled]. While a session exists, `status` is main's latest `ImportStatus` for it (null until the
 * first one). The native open dialog (`choosing`) is a flag on top, so closing it without a file
 * leaves whatever was shown before.
 */
import type { ImportMapping } from '../../../src-shared/import-mapping';
import type { ImportState, ImportStatus } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';

/** What to do with an existing scan of the same region and year (docs/workbook-format.md §5). */
export type ImportDecision = 'replace' | 'keep-both';

/** Region, year and title of one previewed scan as the user typed them (only what they changed). */
export interface ScanEdit {
  region?: string;
  year?: number | null;
  title?: string;
}

export type ImportStep =
  /** Nothing in progress: the drop zone is shown. */
  | 'idle'
  /** The renderer reads the file and sends it (`import.start`). */
  | 'sending'
  /** Main has a session; `status` follows it. */
  | 'session';

export interface ImportFlowState {
  step: ImportStep;
  /** Main shows the native open dialog (`import.choose`). */
  choosing: boolean;
  /** The file being imported, as the user knows it (null for the native dialog until main reports it). */
  fileName: string | null;
  sessionId: string | null;
  status: ImportStatus | null;
  /** Per sheet group (`ImportPreviewScan.group`), the user's choice for an existing scan. */
  decisions: Readonly<Record<string, ImportDecision>>;
  /** A commit, cancel or remap request in flight. */
  pending: 'commit' | 'cancel' | 'remap' | null;
  /** The mapping step's mapping as the user last set it (sent with every remap and the commit). */
  mapping: ImportMapping | null;
  /** Per sheet group, the scan details the user edited in the preview. */
  edits: Readonly<Record<string, ScanEdit>>;
  /** Numbers the remaps; only the answer to the latest one is shown. */
  remapSeq: number;
  /** A failed call to main (or a file refused by the renderer), in both languages. */
  error: LocalisedMessage | null;
  /** Files dropped together with the one imported, which were left alone. */
  ignoredFiles: number;
}

export type ImportAction =
  | { type: 'chooserOpened' }
  /** The user closed the native dialog without a file. */
  | { type: 'chooserClosed' }
  | { type: 'fileChosen'; fileName: string; ignoredFiles?: number }
  | { type: 'sessionStarted'; sessionId: string }
  | { type: 'statusReceived'; status: ImportStatus }
  | { type: 'decisionChanged'; group: string; decision: ImportDecision }
  /** The user changed the mapping or a scan's details: a remap with this number is on its way. */
  | { type: 'remapRequested'; seq: number; mapping: ImportMapping; edits: Readonly<Record<string, ScanEdit>> }
  | { type: 'remapReceived'; seq: number; status: ImportStatus }
  | { type: 'remapFailed'; seq: number; message: LocalisedMessage }
  | { type: 'commitRequested' }
  | { type: 'cancelRequested' }
  | { type: 'failed'; message: LocalisedMessage }
  | { type: 'errorDismissed' }
  | { type: 'reset' };

export const initialImportState: ImportFlowState = {
  step: 'idle',
  choosing: false,
  fileName: null,
  sessionId: null,
  status: null,
  decisions: {},
  pending: null,
  mapping: null,
  edits: {},
  remapSeq: 0,
  error: null,
  ignoredFiles: 0,
};

/** Order of a session's states; a status never moves a session back to an earlier one. */
const STATE_RANK: Readonly<Record<ImportState, number>> = {
  reading: 0,
  ready: 1,
  writing: 2,
  done: 3,
  failed: 3,
  cancelled: 3,
};

export function importReducer(state: ImportFlowState, action: ImportAction): ImportFlowState {
  switch (action.type) {
    case 'chooserOpened':
      return { ...state, choosing: true, error: null };
    case 'chooserClosed':
      return state.choosing ? { ...state, choosing: false } : state;
    case 'fileChosen':
      return { ...initialImportState, step: 'sending', fileName: action.fileName, ignoredFiles: action.ignoredFiles ?? 0 };
    case 'sessionStarted':
      // A session only follows a file being sent or chosen; a late answer after a reset is dropped.
      if (state.step === 'sending') return { ...state, step: 'session', sessionId: action.sessionId, error: null };
      if (state.choosing) return { ...initialImportState, step: 'session', sessionId: action.sessionId };
      return state;
    case 'statusReceived': {
      if (state.step !== 'session' || action.status.sessionId !== state.sessionId) return state;
      // Answers can cross (a status request sent before a commit or cancel): never step back.
      if (state.status && STATE_RANK[action.status.state] < STATE_RANK[state.status.state]) return state;
      const scans = action.status.preview?.scans ?? [];
      // Keep only choices for scans that (still) have a conflict.
      const decisions: Record<string, ImportDecision> = {};
      for (const scan of scans) {
        const choice = state.decisions[scan.group];
        if (scan.existing && choice) decisions[scan.group] = choice;
      }
      return {
        ...state,
        status: action.status,
        fileName: action.status.preview?.fileName ?? state.fileName,
        decisions,
        mapping: state.mapping ?? action.status.preview?.mapping ?? null,
        // A remap still on its way stays pending: its answer (remapReceived) ends it.
        pending: state.pending === 'remap' && action.status.state === 'ready' ? 'remap' : null,
      };
    }
    case 'remapRequested':
      if (importPhase(state) !== 'ready' || (state.pending !== null && state.pending !== 'remap')) return state;
      return { ...state, pending: 'remap', mapping: action.mapping, edits: action.edits, remapSeq: action.seq, error: null };
    case 'remapReceived':
      // An older remap's answer, or one that arrives after a commit or cancel was asked for: dropped.
      if (action.seq !== state.remapSeq || state.pending !== 'remap' || action.status.sessionId !== state.sessionId) return state;
      return { ...importReducer({ ...state, pending: null }, { type: 'statusReceived', status: action.status }), pending: null };
    case 'remapFailed':
      if (action.seq !== state.remapSeq || state.pending !== 'remap') return state;
      // The session keeps its last preview: the mapping goes back to the one that preview was made with.
      return { ...state, pending: null, mapping: state.status?.preview?.mapping ?? state.mapping, error: action.message };
    case 'decisionChanged':
      if (importPhase(state) !== 'ready') return state;
      return { ...state, decisions: { ...state.decisions, [action.group]: action.decision } };
    case 'commitRequested':
      return canCommit(state) ? { ...state, pending: 'commit', error: null } : state;
    case 'cancelRequested':
      return state.step === 'session' && (state.pending === null || state.pending === 'remap') ? { ...state, pending: 'cancel', error: null } : state;
    case 'failed':
      if (state.choosing) return { ...state, choosing: false, pending: null, error: action.message };
      // Before a session exists there is nothing to come back to: show the error on the drop zone.
      if (state.step !== 'session') return { ...initialImportState, error: action.message };
      return { ...state, pending: null, error: action.message };
    case 'errorDismissed':
      return state.error === null ? state : { ...state, error: null };
    case 'reset':
      return initialImportState;
  }
}

/** What the screen shows: the step before a session, otherwise the session's state. */
export type ImportPhase = 'idle' | 'sending' | ImportState;

export function importPhase(state: ImportFlowState): ImportPhase {
  if (state.step !== 'session') return state.step;
  return state.status?.state ?? 'reading';
}

/** True while main is working and its import-status events must be followed. */
export function isWorking(state: ImportFlowState): boolean {
  const phase = importPhase(state);
  return state.step === 'session' && (phase === 'reading' || phase === 'writing');
}

/** True while a new file may not be started (main is writing, a commit is on its way, or the dialog is open). */
export function isBusy(state: ImportFlowState): boolean {
  return importPhase(state) === 'writing' || state.pending === 'commit' || state.choosing;
}

/** True when the session ended (or never started) and a new file can replace it without asking. */
export function isSettled(state: ImportFlowState): boolean {
  const phase = importPhase(state);
  return phase === 'idle' || phase === 'done' || phase === 'failed' || phase === 'cancelled';
}

/** The groups of the previewed scans that collide with an existing scan and still need a choice. */
export function missingDecisions(state: ImportFlowState): string[] {
  const scans = state.status?.preview?.scans ?? [];
  return scans.filter((scan) => scan.existing !== null && !state.decisions[scan.group]).map((scan) => scan.group);
}

/**
 * Ready, nothing in flight, and every conflict has a choice. A remap on its way does not hold the
 * commit back: the commit carries the same mapping and scan details, and main applies them first.
 */
export function canCommit(state: ImportFlowState): boolean {
  return (
    importPhase(state) === 'ready' &&
    (state.pending === null || state.pending === 'remap') &&
    (state.status?.preview?.scans.length ?? 0) > 0 &&
    missingDecisions(state).length === 0
  );
}

/** The `decisions` argument of `import.commit`: one entry for every previewed scan. */
export function commitDecisions(state: ImportFlowState): Record<string, ImportDecision> {
  const result: Record<string, ImportDecision> = {};
  for (const scan of state.status?.preview?.scans ?? []) {
    result[scan.group] = scan.existing ? (state.decisions[scan.group] ?? 'keep-both') : 'keep-both';
  }
  return result;
}

/** Progress of the current phase in percent (0–100). */
export function progressPercent(status: ImportStatus | null): number {
  if (!status) return 0;
  const { done, total } = status.progress;
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)));
}

/** Totals over the previewed (or written) scans, for the success message. */
export function importTotals(state: ImportFlowState): { scans: number; activities: number; initiatives: number; organisations: number } {
  const scans = state.status?.preview?.scans ?? [];
  return {
    scans: Math.max(scans.length, state.status?.scanIds.length ?? 0),
    activities: scans.reduce((n, s) => n + s.counts.activities, 0),
    initiatives: scans.reduce((n, s) => n + s.counts.initiatives, 0),
    organisations: scans.reduce((n, s) => n + s.counts.organisations, 0),
  };
}

/** The scan details of `import.remap` / `import.commit`: one entry per edited sheet group. */
export function scanEdits(edits: Readonly<Record<string, ScanEdit>>): ({ group: string } & ScanEdit)[] {
  return Object.entries(edits).map(([group, edit]) => ({ group, ...edit }));
}
