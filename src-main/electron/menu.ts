/** The application menu: File (Importeren…, Exporteren…, Back-ups, Afsluiten), Edit, View, Window, Help. */
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
  view: string;
  window: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<'nl' | 'en', MenuLabels> = {
  nl: { file: 'Bestand', import: 'Importeren…', export: 'Exporteren…', backups: 'Back-ups', quit: 'Afsluiten', edit: 'Bewerken', view: 'Beeld', window: 'Venster', help: 'Help', about: 'Over Regioscan' },
  en: { file: 'File', import: 'Import…', export: 'Export…', backups: 'Backups', quit: 'Quit', edit: 'Edit', view: 'View', window: 'Window', help: 'Help', about: 'About Regioscan' },
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
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
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
