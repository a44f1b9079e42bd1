/**
 * Electron's security checklist, as far as a test without Electron can see it: the hardening
 * handlers run against fake Electron objects and must deny what the checklist says to deny.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-shared/contract';
import { REPO_ROOT } from '../../src-main/version';
import { memoryDb, TEST_ENV } from '../helpers/db';

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => unknown>(),
  sandboxEnabled: false,
  opened: [] as string[],
  ipc: new Map<string, (...args: unknown[]) => unknown>(),
  sessionHandlers: {} as Record<string, (...args: unknown[]) => unknown>,
  makeSession(handlers: Record<string, (...args: unknown[]) => unknown>) {
    return {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: (...args: unknown[]) => unknown) => (handlers.before = h) },
    };
  },
}));

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => { fake.sandboxEnabled = true; },
    on: (name: string, listener: Listener) => fake.appListeners.set(name, listener),
    whenReady: () => Promise.resolve(),
  },
  session: { get defaultSession() { return fake.makeSession(fake.sessionHandlers); } },
  shell: { openExternal: (url: string) => { fake.opened.push(url); return Promise.resolve(); } },
  ipcMain: { handle: (channel: string, listener: Listener) => fake.ipc.set(channel, listener) },
}));

const { appUrlMatcher, hardenApp, hardenContents, hardenSession } = await import('../../src-main/electron/security');
const { registerIpc } = await import('../../src-main/electron/ipc');
const { APP_INDEX_URL: INDEX } = await import('../../src-main/electron/app-protocol');

/** Where the built renderer lies on disk: file:// URLs of it are foreign now that it is served as app://. */
const FILE_INDEX = 'file:///opt/Regioscan/resources/app.asar/out/renderer/index.html';
const isAppUrl = appUrlMatcher();

function fakeContents() {
  const on = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    contents: {
      setWindowOpenHandler: (h: typeof openHandler) => { openHandler = h; },
      on: (name: string, listener: Listener) => on.set(name, listener),
    },
    on,
    open: (url: string) => openHandler!({ url }),
  };
}

function event(url?: string) {
  return { url, prevented: false, preventDefault() { this.prevented = true; } };
}

describe('which URLs are the app', () => {
  it('is the app:// origin the renderer is served from, and file:// never', () => {
    expect(INDEX).toBe('app://regioscan/index.html');
    expect(isAppUrl(INDEX)).toBe(true);
    expect(isAppUrl(`${INDEX}#/activiteiten`)).toBe(true);
    expect(isAppUrl('app://regioscan/assets/index-abc.js')).toBe(true);
    for (const url of [FILE_INDEX, 'file:///etc/passwd', 'app://evil/index.html', 'app://regioscan.evil.example/index.html', 'app://regioscan@evil.example/', 'app://regioscan:8080/index.html', 'https://example.org/', 'http://127.0.0.1:5173/']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('is the dev server origin in development, not a look-alike host', () => {
    const dev = appUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5173.evil.example/')).toBe(false);
    expect(dev(INDEX)).toBe(false);
  });
});

describe('every web contents', () => {
  beforeEach(() => {
    fake.opened.length = 0;
  });

  it('denies new windows and sends only http(s) links to the system browser', () => {
    const c = fakeContents();
    hardenContents(c.contents as never, isAppUrl);
    for (const url of ['https://www.digitalewerkplaats.nl/', 'file:///etc/passwd', 'javascript:alert(1)', INDEX, FILE_INDEX]) expect(c.open(url)).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.digitalewerkplaats.nl/']);
  });

  it('prevents navigation and redirects away from the app, and every webview', () => {
    const c = fakeContents();
    hardenContents(c.contents as never, isAppUrl);
    for (const name of ['will-navigate', 'will-redirect']) {
      for (const foreign of ['https://evil.example/', FILE_INDEX]) {
        const away = event();
        c.on.get(name)!(away, foreign);
        expect(away.prevented, `${name} ${foreign}`).toBe(true);
      }
      const home = event();
      c.on.get(name)!(home, `${INDEX}#/importeren`);
      expect(home.prevented, name).toBe(false);
    }
    const frame = event(FILE_INDEX);
    c.on.get('will-frame-navigate')!(frame);
    expect(frame.prevented).toBe(true);
    const ownFrame = event(INDEX);
    c.on.get('will-frame-navigate')!(ownFrame);
    expect(ownFrame.prevented).toBe(false);
    const webview = event();
    c.on.get('will-attach-webview')!(webview, {}, {});
    expect(webview.prevented).toBe(true);
  });

  it('is hardened by the app as soon as it is created, with the sandbox on for all renderers', async () => {
    hardenApp(isAppUrl);
    expect(fake.sandboxEnabled).toBe(true);
    await Promise.resolve();
    expect(Object.keys(fake.sessionHandlers).sort()).toEqual(['before', 'check', 'device', 'request']);
    const c = fakeContents();
    fake.appListeners.get('web-contents-created')!({}, c.contents);
    expect([...c.on.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });
});

describe('the session', () => {
  it('denies every permission request and check, and cancels requests to other origins', () => {
    const handlers: Record<string, Listener> = {};
    hardenSession(fake.makeSession(handlers) as never, isAppUrl);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      handlers.request!({}, permission, (answer: boolean) => (granted = answer), {});
      expect(granted, permission).toBe(false);
      expect(handlers.check!({}, permission, INDEX, {}), permission).toBe(false);
    }
    expect(handlers.device!({})).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      handlers.before!({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel;
    };
    for (const foreign of ['https://fonts.googleapis.com/css', 'file:///home/user/.ssh/id_rsa', FILE_INDEX, 'blob:file:///abc', 'blob:https://evil.example/abc', 'app://evil/index.html']) {
      expect(verdict(foreign), foreign).toBe(true);
    }
    for (const own of [INDEX, 'app://regioscan/assets/index-abc.js', 'blob:app://regioscan/0f8d-4e1c', 'data:image/png;base64,AAAA']) {
      expect(verdict(own), own).toBe(false);
    }
  });
});

describe('IPC', () => {
  it('registers one handler per channel, and each refuses a frame that is not the app', async () => {
    const db = await memoryDb();
    fake.ipc.clear();
    registerIpc(db, TEST_ENV, isAppUrl);
    expect([...fake.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const handler = fake.ipc.get('scans.list')!;
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: { url: FILE_INDEX } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: { url: INDEX } }, {})).toEqual({ ok: true, value: [] });
  });
});

describe('no remote module', () => {
  it('has no @electron/remote and no enableRemoteModule anywhere in the sources', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object; devDependencies?: object };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
    for (const file of ['main.ts', 'security.ts', 'window-options.ts', 'ipc.ts', 'app-protocol.ts']) {
      expect(readFileSync(join(REPO_ROOT, 'src-main', 'electron', file), 'utf8')).not.toMatch(/enableRemoteModule|@electron\/remote/);
    }
  });
});
