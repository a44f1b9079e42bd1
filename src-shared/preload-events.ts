/** IPC event names main pushes to the preload (kept apart from preload.ts, which needs Electron). */
export const MENU_EVENT = 'menu-command';
