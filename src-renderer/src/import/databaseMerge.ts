/**
 * Merging a Regioscan database (.sqlite) from the import screen: a small store beside the workbook
 * import (ImportProvider hands it every .sqlite file dropped or chosen). Main reads the file in a
 * worker (`dbmerge.preview`), the user sees its scans and decides, for each scan that meets one of the
 * same region and year, to replace it or keep both; `dbmerge.commit` merges. The screens refresh
 * through main's data-changed announcement, as after an import.
 */
import { useSyncExternalStore } from 'react';
import type { DatabaseMergeResult, DatabasePreview } from '../../../src-shared/database-merge';
import { callApi } from '../api/query';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { fileToBase64 } from '../ui/base64';

export type MergeDecision = 'replace' | 'keep-both';

export interface DatabaseMergeState {
  step: 'idle' | 'reading' | 'preview' | 'merging' | 'done' | 'failed';
  fileName: string | null;
  preview: DatabasePreview | null;
  /** By the scan's id in the file. */
  decisions: Readonly<Record<string, MergeDecision>>;
  result: DatabaseMergeResult | null;
  error: LocalisedMessage | null;
}

const IDLE: DatabaseMergeState = { step: 'idle', fileName: null, preview: null, decisions: {}, result: null, error: null };

let state = IDLE;
const listeners = new Set<() => void>();

function set(next: Partial<DatabaseMergeState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/** A file the import screen treats as a database to merge. */
export function isDatabaseFile(name: string): boolean {
  return /\.(sqlite3?|db)$/i.test(name);
}

/** Every read starts a new epoch: an answer for an older file is dropped. */
let epoch = 0;

export const databaseMerge = {
  start(file: File): void {
    const mine = ++epoch;
    const previous = state.preview;
    if (previous) void callApi('dbmerge.cancel', { previewId: previous.previewId }).catch(() => undefined);
    set({ ...IDLE, step: 'reading', fileName: file.name });
    void (async () => {
      try {
        const data = await fileToBase64(file);
        const preview = await callApi('dbmerge.preview', { fileName: file.name.slice(-260), data });
        if (mine !== epoch) return;
        // Nothing is decided for the user: a scan that meets one here waits for a choice.
        set({ step: 'preview', preview, decisions: {} });
      } catch (error) {
        if (mine === epoch) set({ step: 'failed', error: toApiError(error).userMessage });
      }
    })();
  },
  decide(scan: number, decision: MergeDecision): void {
    set({ decisions: { ...state.decisions, [String(scan)]: decision } });
  },
  /** True when every scan that meets an existing one has a decision. */
  ready(s: DatabaseMergeState): boolean {
    return s.step === 'preview' && !!s.preview && s.preview.scans.every((scan) => !scan.existing || s.decisions[String(scan.id)] !== undefined);
  },
  commit(onMerged: (result: DatabaseMergeResult) => void): void {
    const current = state;
    if (!databaseMerge.ready(current) || !current.preview) return;
    const mine = epoch;
    set({ step: 'merging' });
    callApi('dbmerge.commit', { previewId: current.preview.previewId, decisions: current.decisions }).then(
      (result) => {
        if (mine !== epoch) return;
        set({ step: 'done', result });
        onMerged(result);
      },
      (error: unknown) => mine === epoch && set({ step: 'failed', error: toApiError(error).userMessage }),
    );
  },
  reset(): void {
    epoch++;
    const previous = state.preview;
    if (previous && state.step === 'preview') void callApi('dbmerge.cancel', { previewId: previous.previewId }).catch(() => undefined);
    set(IDLE);
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDatabaseMerge(): DatabaseMergeState {
  return useSyncExternalStore(subscribe, () => state);
}
