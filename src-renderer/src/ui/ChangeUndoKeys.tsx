/**
 * Ctrl+Z / Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac) undo and redo the newest change group of the data
 * (an edit, a merge, a mapping…) through the history channels, so it works after a restart too. Not
 * in a text field: there the browser's own text undo applies. The desktop menu's Bewerken › Wijziging
 * ongedaan maken / opnieuw doen send the same. A toast says what was undone, with "Opnieuw".
 * Filter changes have their own undo (Alt+Z / Alt+Shift+Z and the filter panel's buttons).
 */
import { useEffect, useRef } from 'react';
import { callApi } from '../api/query';
import { useI18n } from '../i18n';
import { groupWords } from './detail/historyWords';
import { changeKey } from './keys';
import { useFailureToast, useToast } from './Toast';

export function ChangeUndoKeys() {
  const { t } = useI18n();
  const notify = useToast();
  const fail = useFailureToast();
  const busy = useRef(false);
  const run = useRef<(kind: 'undo' | 'redo') => void>(() => undefined);

  useEffect(() => {
    run.current = (kind) => {
      if (busy.current) return;
      busy.current = true;
      callApi(kind === 'undo' ? 'history.undo' : 'history.redo', {})
        .then(
          (result) => {
            if (result === null) notify(t(kind === 'undo' ? 'edit.nothingToUndo' : 'edit.nothingToRedo'));
            else if (kind === 'undo') notify(t('edit.undone', { label: groupWords(result.undone, t) }), 'success', { label: t('edit.redo'), run: () => run.current('redo') });
            else notify(t('edit.redone', { label: groupWords(result.undone, t) }));
          },
          fail,
        )
        .finally(() => {
          busy.current = false;
        });
    };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const kind = changeKey(event);
      if (kind === null) return;
      event.preventDefault();
      run.current(kind);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.regioscanEvents?.onMenuCommand((command) => {
      if (command === 'undo-change') run.current('undo');
      if (command === 'redo-change') run.current('redo');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, []);
  return null;
}
