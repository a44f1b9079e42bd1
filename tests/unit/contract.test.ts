import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract } from '../../src-shared/contract';
import { dispatch } from '../../src-main/rpc/dispatch';
import { handlers } from '../../src-main/rpc/handlers';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations';

const exposed = new Map<string, Record<string, unknown>>();
const invoked: { channel: string; args: unknown }[] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (channel: string, args: unknown) => {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));

describe('the contract', () => {
  beforeEach(() => {
    invoked.length = 0;
  });

  it('gives every channel a handler, a validator and a preload function — and nothing more', async () => {
    await import('../../src-shared/preload');
    const bridge = exposed.get('regioscan');
    expect(bridge).toBeDefined();
    expect(Object.keys(bridge!).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(contract[channel].args).toBeInstanceOf(z.ZodType);
      expect(typeof handlers[channel]).toBe('function');
      expect(typeof bridge![channel]).toBe('function');
      await (bridge![channel] as (a: unknown) => Promise<unknown>)({});
    }
    expect(invoked.map((i) => i.channel).sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes no ipcRenderer and no generic event subscription', async () => {
    await import('../../src-shared/preload');
    expect([...exposed.keys()].sort()).toEqual(['regioscan', 'regioscanEvents']);
    expect(Object.keys(exposed.get('regioscanEvents')!).sort()).toEqual(['onAppEvent', 'onMenuCommand']);
    for (const api of exposed.values()) {
      for (const key of Object.keys(api)) expect(key).not.toMatch(/^(on|send|invoke|ipcRenderer)$/);
    }
  });
});

describe('app events over IPC (preload)', () => {
  it('onAppEvent listens on the one fixed channel, hands over only the event, and unsubscribes', async () => {
    const { ipcRenderer } = await import('electron');
    const { APP_EVENT } = await import('../../src-shared/preload-events');
    await import('../../src-shared/preload');
    const events = exposed.get('regioscanEvents') as { onAppEvent: (l: (e: unknown) => void) => () => void };
    const on = vi.mocked(ipcRenderer.on);
    on.mockClear();
    const received: unknown[] = [];
    const unsubscribe = events.onAppEvent((e) => received.push(e));
    expect(on).toHaveBeenCalledTimes(1);
    const [channel, wrapped] = on.mock.calls[0]! as unknown as [string, (sender: unknown, event: unknown) => void];
    expect(channel).toBe(APP_EVENT);
    wrapped({ sender: 'ipc internals' }, { type: 'import-status', status: { sessionId: 's' } });
    expect(received).toEqual([{ type: 'import-status', status: { sessionId: 's' } }]);
    unsubscribe();
    expect(vi.mocked(ipcRenderer.removeListener)).toHaveBeenCalledWith(APP_EVENT, wrapped);
  });
});

describe('dispatch', () => {
  it('validates arguments and answers with one readable sentence', async () => {
    const db = await memoryDb();
    const bad = await dispatch(db, 'scans.rename', { id: 'one', title: 5 }, TEST_ENV);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-arguments');
      expect(bad.error.message.en).toMatch(/^Invalid input for scans\.rename: id must be a number, not text \('one'\)\.$/);
    }
    const extra = await dispatch(db, 'app.info', { sneaky: true }, TEST_ENV);
    expect(extra.ok).toBe(false);
  });

  it('refuses unknown channels, including inherited object keys', async () => {
    const db = await memoryDb();
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const res = await dispatch(db, name, {}, TEST_ENV);
      expect(res).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses writing channels in read-only mode but answers reads', async () => {
    const db = await memoryDb();
    const env = { ...TEST_ENV, readOnly: true };
    expect(await dispatch(db, 'settings.set', { language: 'en' }, env)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await dispatch(db, 'settings.get', {}, env)).toMatchObject({ ok: true, value: { language: 'nl' } });
  });

  it('turns a handler UserError into its message and remembers settings', async () => {
    const db = await memoryDb();
    expect(await dispatch(db, 'scans.delete', { id: 42 }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'not-found', message: { nl: 'Scan 42 bestaat niet (meer).' } } });
    await dispatch(db, 'settings.set', { language: 'en', colorScheme: 'dark' }, TEST_ENV);
    expect(await dispatch(db, 'settings.get', {}, TEST_ENV)).toEqual({ ok: true, value: { language: 'en', colorScheme: 'dark' } });
    expect(await dispatch(db, 'settings.set', { language: 'fr' }, TEST_ENV)).toMatchObject({ ok: false });
  });

  it('reports the app and the database it uses', async () => {
    const db = await memoryDb();
    expect(await dispatch(db, 'app.info', {}, TEST_ENV)).toEqual({
      ok: true,
      value: { version: '0.0.0-test', databasePath: ':memory:', schemaVersion: LATEST_SCHEMA_VERSION, host: 'http', readOnly: false, readOnlyFile: null, nativeDialogs: false, damage: null },
    });
  });
});
