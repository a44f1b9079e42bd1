/** IPC event names main pushes to the preload (kept apart from preload.ts, which needs Electron). */
export const MENU_EVENT = 'menu-command';
/** Main's app events (`AppEvent`: import progress, …), one fixed channel. */
export const APP_EVENT = 'app-event';
