/**
 * The Excel round trip on Importeren (docs/roundtrip.md): a dropped workbook that carries the IDs
 * of an export (or any workbook, when "Bijwerken: scan X" is chosen) is diffed by main first
 * (`roundtrip.diff`, nothing written) and shown as a preview; Apply sends it again with the choice
 * to delete missing rows (`roundtrip.apply`: a backup, then one change group). Used by ImportProvider.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoundtripApplied, RoundtripPreview } from '../../../src-shared/roundtrip';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';

export interface RoundtripState {
  /** "Bijwerken: scan X": a dropped workbook is merged into this scan (null: a new import, unless the file is an export). */
  target: number | null;
  preview: RoundtripPreview | null;
  deleteMissing: boolean;
  applying: boolean;
  applied: RoundtripApplied | null;
  error: LocalisedMessage | null;
}

export interface RoundtripActions {
  setTarget(scan: number | null): void;
  setDeleteMissing(value: boolean): void;
  apply(): void;
  close(): void;
}

const INITIAL: RoundtripState = { target: null, preview: null, deleteMissing: false, applying: false, applied: null, error: null };

export function useRoundtrip() {
  const { lang } = useI18n();
  const { selectedScanIds } = useAppState();
  const { selectScans } = useAppActions();
  const [state, setState] = useState<RoundtripState>(INITIAL);
  const file = useRef<{ fileName: string; data: string } | null>(null);
  const latest = useRef({ state, lang, selectedScanIds });
  useEffect(() => {
    latest.current = { state, lang, selectedScanIds };
  });

  /** Shows a preview main made of this file (kept for Apply). */
  const show = useCallback((fileName: string, data: string, preview: RoundtripPreview) => {
    file.current = { fileName, data };
    setState((s) => ({ ...s, preview, deleteMissing: false, applying: false, applied: null, error: null }));
  }, []);

  /** The arguments that say where a workbook goes: the chosen scan, and the language of the labels. */
  const where = useCallback(() => {
    const { target } = latest.current.state;
    return { ...(target !== null ? { scan: target } : {}), language: latest.current.lang };
  }, []);

  /** Asks main whether the file is a round trip; true (and the preview shown) when it is. Errors are thrown to the caller. */
  const offer = useCallback(async (fileName: string, data: string): Promise<boolean> => {
    const preview = await api.invoke('roundtrip.diff', { fileName, data, ...where() });
    if (!preview) return false;
    show(fileName, data, preview);
    return true;
  }, [show, where]);

  const actions = useMemo<RoundtripActions>(
    () => ({
      setTarget: (target) => setState((s) => ({ ...s, target })),
      setDeleteMissing: (deleteMissing) => setState((s) => ({ ...s, deleteMissing })),
      apply() {
        const { preview, deleteMissing, applying } = latest.current.state;
        if (!preview || !file.current || applying) return;
        setState((s) => ({ ...s, applying: true, error: null }));
        api.invoke('roundtrip.apply', { ...file.current, scan: preview.scan, deleteMissing, fingerprint: preview.fingerprint }).then(
          (applied) => {
            file.current = null;
            setState((s) => ({ ...s, preview: null, applying: false, applied }));
            // The updated scan is shown on the other screens.
            const shown = latest.current.selectedScanIds;
            if (!shown.includes(applied.scan)) selectScans([applied.scan, ...shown]);
          },
          (error: unknown) => setState((s) => ({ ...s, applying: false, error: toApiError(error).userMessage })),
        );
      },
      close() {
        file.current = null;
        setState((s) => ({ ...INITIAL, target: s.target }));
      },
    }),
    [selectScans],
  );

  return { state, actions, offer, show, where };
}
