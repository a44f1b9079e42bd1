/**
 * The import session, kept above the screens so a file dropped on any screen (or the File menu)
 * can start it and the Importeren screen shows it. Owns the effects of `importFlow.ts`: reading
 * the file, calling main, and following main's import-status events while main works (IPC in the
 * desktop app, the /events stream in `regioscan serve`; no polling).
 */
import { createContext, useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import type { ImportMapping } from '../../../src-shared/import-mapping';
import type { ImportStatus } from '../../../src-shared/model';
import { api } from '../api/client';
import { appEvents } from '../api/events';
import { toApiError } from '../api/errors';
import { localised } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useAppInfo } from '../state/appData';
import {
  canCommit,
  commitDecisions,
  importReducer,
  initialImportState,
  isBusy,
  isWorking,
  isSettled,
  scanEdits,
  type ImportDecision,
  type ImportFlowState,
  type ScanEdit,
} from './importFlow';
import { fileToBase64 } from '../ui/base64';
import { useRoundtrip, type RoundtripActions, type RoundtripState } from './useRoundtrip';
import { databaseMerge, isDatabaseFile } from './databaseMerge';
import { useProvided } from '../ui/useProvided';

/** Same limit as main's LIMITS.fileBytes: a larger file is refused before it is read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** The file types the chooser offers. */
export const ACCEPTED_FILES = '.xlsx,.xls,.ods,.csv,.xlsm,.sqlite,.sqlite3,.db';

export interface ImportActions {
  /** Imports the first file; the others are left alone (and counted). Ignored while main writes. */
  startFiles(files: readonly File[]): void;
  /** Desktop: main shows the native open dialog and starts the import. */
  choose(): void;
  decide(group: string, decision: ImportDecision): void;
  /** The mapping step: main recomputes the preview with this mapping (and the scan details edited so far). */
  remap(mapping: ImportMapping): void;
  /** A scan's region, year or title as the user edited it in the preview; the preview follows. */
  editScan(group: string, edit: ScanEdit): void;
  commit(): void;
  cancel(): void;
  /** Back to the drop zone (after done, failed or cancelled). */
  reset(): void;
  dismissError(): void;
}

interface ImportContextValue {
  state: ImportFlowState;
  actions: ImportActions;
  /** The Excel round trip: a workbook carrying our IDs is diffed and previewed instead of imported (useRoundtrip.ts). */
  roundtrip: { state: RoundtripState; actions: RoundtripActions };
}

const ImportContext = createContext<ImportContextValue | null>(null);

/** The contract allows file names of at most 260 characters: shorten the base, keep the extension. */
function contractFileName(name: string): string {
  const trimmed = name.trim() || 'import';
  if (trimmed.length <= 260) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, 260 - ext.length) + ext;
}

function forget(sessionId: string): void {
  api.invoke('import.cancel', { sessionId }).catch(() => undefined);
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const { selectedScanIds } = useAppState();
  const { selectScans } = useAppActions();
  const appInfo = useAppInfo();
  const roundtrip = useRoundtrip();
  const { offer: offerRoundtrip, show: showRoundtrip, where: roundtripWhere, actions: roundtripActions } = roundtrip;

  // Latest values for the async callbacks, which outlive the render that created them.
  const stateRef = useRef(state);
  const selectedRef = useRef(selectedScanIds);
  const readOnlyRef = useRef(false);
  useEffect(() => {
    stateRef.current = state;
    selectedRef.current = selectedScanIds;
    readOnlyRef.current = appInfo?.readOnly ?? false;
  });
  /** Bumped by every new start or reset: answers for an older one are dropped. */
  const epochRef = useRef(0);
  const finishedRef = useRef(new Set<string>());

  const receive = useCallback(
    (status: ImportStatus) => {
      dispatch({ type: 'statusReceived', status });
      if (status.state !== 'done' || finishedRef.current.has(status.sessionId)) return;
      finishedRef.current.add(status.sessionId);
      // The new scans go first in the header's selection; every list shows them once main announces
      // the write (api/dataVersions.ts).
      const fresh = new Set(status.scanIds);
      selectScans([...status.scanIds, ...selectedRef.current.filter((id) => !fresh.has(id))]);
    },
    [selectScans],
  );

  const fail = useCallback((error: unknown) => dispatch({ type: 'failed', message: toApiError(error).userMessage }), []);

  /** Cancels the shown session in main when a new file replaces it before it finished. */
  const dropCurrent = useCallback(() => {
    const current = stateRef.current;
    if (current.sessionId && !isSettled(current)) forget(current.sessionId);
  }, []);

  /** One remap after another change; only the answer to the latest counts (the reducer checks its number). */
  const remapSeqRef = useRef(0);
  const sendRemap = useCallback((mapping: ImportMapping, edits: Readonly<Record<string, ScanEdit>>) => {
    const current = stateRef.current;
    if (!current.sessionId || (current.pending !== null && current.pending !== 'remap')) return;
    const seq = ++remapSeqRef.current;
    dispatch({ type: 'remapRequested', seq, mapping, edits });
    api.invoke('import.remap', { sessionId: current.sessionId, mapping, scans: scanEdits(edits) }).then(
      (status) => dispatch({ type: 'remapReceived', seq, status }),
      (error: unknown) => dispatch({ type: 'remapFailed', seq, message: toApiError(error).userMessage }),
    );
  }, []);

  const actions = useMemo<ImportActions>(
    () => ({
      startFiles(files) {
        const [file, ...rest] = files;
        if (!file || isBusy(stateRef.current)) return;
        // A Regioscan database is merged, not imported as a workbook (databaseMerge.ts).
        if (isDatabaseFile(file.name)) {
          if (readOnlyRef.current) dispatch({ type: 'failed', message: localised('import.error.readOnly') });
          else if (file.size > MAX_FILE_BYTES) dispatch({ type: 'failed', message: localised('import.error.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }) });
          else databaseMerge.start(file);
          return;
        }
        dropCurrent();
        roundtripActions.close();
        const epoch = ++epochRef.current;
        dispatch({ type: 'fileChosen', fileName: file.name, ignoredFiles: rest.length });
        if (readOnlyRef.current) {
          dispatch({ type: 'failed', message: localised('import.error.readOnly') });
          return;
        }
        if (file.size > MAX_FILE_BYTES) {
          dispatch({ type: 'failed', message: localised('import.error.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }) });
          return;
        }
        void (async () => {
          let data: string;
          try {
            data = await fileToBase64(file);
          } catch {
            if (epoch === epochRef.current) dispatch({ type: 'failed', message: localised('import.error.unreadable', { file: file.name }) });
            return;
          }
          if (epoch !== epochRef.current) return;
          try {
            // An export edited in Excel or LibreOffice (or any workbook, with "Bijwerken: scan X"): a diff preview, nothing imported.
            if (await offerRoundtrip(contractFileName(file.name), data)) {
              if (epoch === epochRef.current) dispatch({ type: 'reset' });
              return;
            }
          } catch (error) {
            if (epoch === epochRef.current) fail(error);
            return;
          }
          if (epoch !== epochRef.current) return;
          try {
            const { sessionId } = await api.invoke('import.start', { fileName: contractFileName(file.name), data });
            if (epoch !== epochRef.current) forget(sessionId);
            else dispatch({ type: 'sessionStarted', sessionId });
          } catch (error) {
            if (epoch === epochRef.current) fail(error);
          }
        })();
      },
      choose() {
        if (isBusy(stateRef.current)) return;
        if (readOnlyRef.current) {
          dispatch({ type: 'failed', message: localised('import.error.readOnly') });
          return;
        }
        const epoch = ++epochRef.current;
        dispatch({ type: 'chooserOpened' });
        // Main shows the dialog and reads the file; an export (or any file, with "Bijwerken: scan X")
        // comes back with its round-trip preview, anything else is imported as a dropped file is.
        api.invoke('roundtrip.choose', roundtripWhere()).then(
          (result) => {
            if (epoch !== epochRef.current) return;
            if (!result) {
              dispatch({ type: 'chooserClosed' });
              return;
            }
            dropCurrent();
            if (result.preview) {
              dispatch({ type: 'reset' });
              showRoundtrip(result.fileName, result.data, result.preview);
              return;
            }
            dispatch({ type: 'fileChosen', fileName: result.fileName });
            api.invoke('import.start', { fileName: contractFileName(result.fileName), data: result.data }).then(
              ({ sessionId }) => (epoch !== epochRef.current ? forget(sessionId) : dispatch({ type: 'sessionStarted', sessionId })),
              (error: unknown) => epoch === epochRef.current && fail(error),
            );
          },
          (error: unknown) => epoch === epochRef.current && fail(error),
        );
      },
      decide(group, decision) {
        dispatch({ type: 'decisionChanged', group, decision });
      },
      remap(mapping) {
        sendRemap(mapping, stateRef.current.edits);
      },
      editScan(group, edit) {
        const current = stateRef.current;
        const mapping = current.mapping ?? current.status?.preview?.mapping;
        if (!mapping) return;
        sendRemap(mapping, { ...current.edits, [group]: { ...current.edits[group], ...edit } });
      },
      commit() {
        const current = stateRef.current;
        const sessionId = current.sessionId;
        if (!canCommit(current) || !sessionId) return;
        dispatch({ type: 'commitRequested' });
        api
          .invoke('import.commit', {
            sessionId,
            decisions: commitDecisions(current),
            ...(current.mapping ? { mapping: current.mapping } : {}),
            scans: scanEdits(current.edits),
          })
          .then(receive, (error: unknown) => {
            fail(error);
            // Main may have recomputed the preview with these details first (a new clash with an
            // existing scan, say): show what it has now.
            api.invoke('import.status', { sessionId }).then(receive, () => undefined);
          });
      },
      cancel() {
        const current = stateRef.current;
        if (current.step === 'sending') {
          // Not in main yet: forget it here; a session that still arrives is cancelled on arrival.
          epochRef.current += 1;
          dispatch({ type: 'reset' });
          return;
        }
        if (current.step !== 'session' || !current.sessionId || current.pending) return;
        dispatch({ type: 'cancelRequested' });
        api.invoke('import.cancel', { sessionId: current.sessionId }).then(receive, fail);
      },
      dismissError() {
        dispatch({ type: 'errorDismissed' });
      },
      reset() {
        dropCurrent();
        epochRef.current += 1;
        dispatch({ type: 'reset' });
      },
    }),
    [dropCurrent, fail, receive, sendRemap, offerRoundtrip, showRoundtrip, roundtripWhere, roundtripActions],
  );

  // While main reads or writes, follow its events for this session. Whenever the events start
  // flowing (and after a reconnect) ask for the status once: it covers what happened before. That
  // answer is used only if no event came meanwhile (an event is never older than it).
  const working = isWorking(state);
  const sessionId = state.sessionId;
  useEffect(() => {
    if (!working || !sessionId) return;
    let stopped = false;
    let eventsSeen = 0;
    const unsubscribe = appEvents.subscribe(
      (event) => {
        if (stopped || event.type !== 'import-status' || event.status.sessionId !== sessionId) return;
        eventsSeen += 1;
        receive(event.status);
      },
      () => {
        const seen = eventsSeen;
        api.invoke('import.status', { sessionId }).then(
          (status) => !stopped && seen === eventsSeen && receive(status),
          (error: unknown) => !stopped && fail(error),
        );
      },
    );
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [working, sessionId, receive, fail]);

  const roundtripState = roundtrip.state;
  const value = useMemo(() => ({ state, actions, roundtrip: { state: roundtripState, actions: roundtripActions } }), [state, actions, roundtripState, roundtripActions]);
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportContextValue {
  return useProvided(ImportContext, 'useImport', 'ImportProvider');
}
