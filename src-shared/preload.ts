/**
 * Preload (sandboxed, CommonJS): exposes one named function per contract channel as
 * `window.regioscan`, and named event subscriptions as `window.regioscanEvents`.
 * Never ipcRenderer itself, never a generic `on(channel)`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type Bridge } from './contract';
import type { AppEvent, BridgeEvents, MenuCommand } from './model';

import { APP_EVENT, MENU_EVENT } from './preload-events';

const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as Bridge;

const events: BridgeEvents = {
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
  onAppEvent(listener) {
    const wrapped = (_event: IpcRendererEvent, event: AppEvent) => listener(event);
    ipcRenderer.on(APP_EVENT, wrapped);
    return () => ipcRenderer.removeListener(APP_EVENT, wrapped);
  },
};

contextBridge.exposeInMainWorld('regioscan', bridge);
contextBridge.exposeInMainWorld('regioscanEvents', events);
