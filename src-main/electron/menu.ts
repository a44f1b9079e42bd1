/** The application menu: File (Importeren…, Exporteren…, Back-ups, Afsluiten), Edit (undo/redo of changes, clipboard), View, Window, Help. */
import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '../../src-shared/model';

export type { MenuCommand };

export interface MenuLabels {
  file: string;
  import: string;
  export: string;
  backups: string;
  quit: string;
  edit: string;
  undoChange: string;
  redoChange: string;
  view: string;
  window: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<'nl' | 'en', MenuLabels> = {
  nl: { file: 'Bestand', import: 'Importeren…', export: 'Exporteren…', backups: 'Back-ups', quit: 'Afsluiten', edit: 'Bewerken', undoChange: 'Wijziging ongedaan maken', redoChange: 'Wijziging opnieuw doen', view: 'Beeld', window: 'Venster', help: 'Help', about: 'Over Regioscan' },
  en: { file: 'File', import: 'Import…', export: 'Export…', backups: 'Backups', quit: 'Quit', edit: 'Edit', undoChange: 'Undo change', redoChange: 'Redo change', view: 'View', window: 'Window', help: 'Help', about: 'About Regioscan' },
};

export function menuTemplate(labels: MenuLabels, send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.import, accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: labels.export, accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { label: labels.backups, click: () => send('backups') },
        { type: 'separator' },
        { label: labels.quit, role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        // The page handles the keys itself (ui/ChangeUndoKeys: not while typing, where text undo
        // applies), so the accelerators are shown but not registered.
        // (macOS would register them anyway and take Cmd+Z from text fields: no accelerator there.)
        { label: labels.undoChange, ...(isMac ? {} : { accelerator: 'CmdOrCtrl+Z', registerAccelerator: false }), click: () => send('undo-change') },
        { label: labels.redoChange, ...(isMac ? {} : { accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false }), click: () => send('redo-change') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'reload' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: labels.window, submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: labels.help, role: 'help', submenu: [{ label: labels.about, click: () => send('about') }] },
  ];
}
