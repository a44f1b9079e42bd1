import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../src-shared/model';

export type MenuHandlers = Readonly<Record<MenuCommand, () => void>>;

/** Runs the desktop menu's commands (`window.regioscanEvents`); nothing happens over HTTP. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const events = window.regioscanEvents;
    if (!events) return;
    return events.onMenuCommand((command) => handlersRef.current[command]?.());
  }, []);
}
