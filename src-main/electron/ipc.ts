/** Registers one IPC handler per contract channel; each checks the sender frame, then dispatches. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../src-shared/contract';
import type { Db } from '../db/open';
import { dispatch } from '../rpc/dispatch';
import type { HandlerEnv } from '../rpc/types';

export function registerIpc(db: Db, env: HandlerEnv, isAppUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl)) {
        return { ok: false, error: { code: 'forbidden', message: { nl: 'Verzoek van onbekende herkomst geweigerd.', en: 'Request from an unknown origin refused.' } } };
      }
      return dispatch(db, channel, args, env);
    });
  }
}
