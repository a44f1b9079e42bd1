import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../src-shared/model';

/** Undo and redo of changes are handled by ui/ChangeUndoKeys, which listens for them itself. */
export type MenuHandlers = Readonly<Record<Exclude<MenuCommand, 'undo-change' | 'redo-change'>, () => void>>;

/** Runs the desktop menu's commands (`window.regioscanEvents`); nothing happens over HTTP. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const events = window.regioscanEvents;
    if (!events) return;
    return events.onMenuCommand((command) => {
      if (command !== 'undo-change' && command !== 'redo-change') handlersRef.current[command]?.();
    });
  }, []);
}
