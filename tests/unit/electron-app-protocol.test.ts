/**
 * The app:// protocol that serves the renderer: real files in a temp folder (with symlinks that
 * point out of it and a secret beside it), a fake `protocol`, and a corpus of ways out — each must
 * be refused, while the renderer's own files are served with their type and the app's CSP.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomScheme } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appProtocolHandler, registerAppScheme, serveAppProtocol } from '../../src-main/electron/app-protocol';
import { rendererPathSegments, resolveRendererFile } from '../../src-main/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../src-main/serve/security';
import { tempDir } from '../helpers/db';

const SECRET = 'TOP SECRET: not part of the renderer';
let base: string;
let root: string;

beforeAll(() => {
  base = tempDir();
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'renderer-private'));
  writeFileSync(join(base, 'renderer-private', 'secret.txt'), SECRET);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Regioscan</title>');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // Symlinks out of the folder: relative, absolute and a directory; and one that stays inside.
  symlinkSync('../secret.txt', join(root, 'leak.txt'));
  symlinkSync(join(base, 'secret.txt'), join(root, 'absolute-leak.txt'));
  symlinkSync(base, join(root, 'outside'));
  symlinkSync('index-abc.js', join(root, 'assets', 'alias.js'));
});

/** Paths as a URL could carry them, not yet normalised: each leads, or tries to lead, out of the folder. */
const ESCAPES = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/./../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/..%2fsecret.txt',
  '/..%2Fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/assets%2f..%2f..%2fsecret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/assets\\..\\..\\secret.txt',
  '/../renderer-private/secret.txt',
  '//etc/passwd',
  '/%2fetc%2fpasswd',
  '/C:/Windows/win.ini',
  '/C:%5cWindows%5cwin.ini',
  '/c%3a%5cWindows%5cwin.ini',
  '/\\\\server\\share\\secret.txt',
  '/%5c%5cserver%5cshare%5csecret.txt',
  '/index.html%00.png',
  '/%00',
  '/index.html::$DATA',
  '/leak.txt',
  '/absolute-leak.txt',
  '/outside/secret.txt',
  '/outside/renderer-private/secret.txt',
  '/%',
  '/%E0%A4%A',
  'secret.txt',
  '',
];

describe('the renderer folder resolver', () => {
  it('refuses every path that leaves the folder, also through symlinks', async () => {
    for (const path of ESCAPES) {
      const file = await resolveRendererFile(root, path);
      expect([403, 404], path).toContain(file.status);
    }
    // An absolute path on the disk, spelt as a URL path, stays inside the folder (and is not there).
    expect((await resolveRendererFile(root, `/${encodeURI(join(base, 'secret.txt').slice(1))}`)).status).toBe(404);
    expect((await resolveRendererFile(root, `/${encodeURIComponent(join(base, 'secret.txt'))}`)).status).toBe(403);
  });

  it('says why: refused (403) or not there (404)', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%00', '/leak.txt', '/outside/secret.txt', '/C:/Windows/win.ini']) {
      expect((await resolveRendererFile(root, path)).status, path).toBe(403);
    }
    // A double-encoded `..` is a file name of its own; there is none.
    for (const path of ['/missing.js', '/assets', '/%252e%252e/secret.txt']) {
      expect((await resolveRendererFile(root, path)).status, path).toBe(404);
    }
  });

  it('serves the renderer folder’s own files, also through a symlink that stays inside', async () => {
    for (const [path, file] of [['/', 'index.html'], ['/index.html', 'index.html'], ['/assets/index-abc.js', 'assets/index-abc.js'], ['/assets/alias.js', 'assets/index-abc.js'], ['/favicon.svg', 'favicon.svg']] as const) {
      const resolved = await resolveRendererFile(root, path);
      expect(resolved.status, path).toBe(200);
      if (resolved.status === 200) expect(resolved.path.endsWith(join('renderer', file)), path).toBe(true);
    }
    expect(rendererPathSegments('/assets/index%20abc.js')).toEqual(['assets', 'index abc.js']);
  });
});

describe('the app:// protocol', () => {
  function fakeProtocol() {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    const privileged: CustomScheme[][] = [];
    return {
      handlers,
      privileged,
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => void handlers.set(scheme, handler),
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => void privileged.push(schemes),
    };
  }

  it('is registered before ready as a standard, secure scheme that no other origin may read', () => {
    const protocol = fakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
  });

  it('serves the renderer’s files with their type and the app’s CSP', async () => {
    const protocol = fakeProtocol();
    serveAppProtocol(protocol, root);
    const handler = protocol.handlers.get('app')!;
    const cases = [
      [APP_INDEX_URL, 'text/html; charset=utf-8', '<!doctype html><title>Regioscan</title>'],
      ['app://regioscan/', 'text/html; charset=utf-8', '<!doctype html><title>Regioscan</title>'],
      ['app://regioscan/assets/index-abc.js?v=1#top', 'text/javascript; charset=utf-8', 'console.log(1);'],
      ['app://regioscan/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://regioscan/favicon.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
      ['app://regioscan/assets/font.woff2', 'font/woff2', 'wOF2'],
    ] as const;
    for (const [url, type, body] of cases) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).toBe(body);
    }
    const head = await handler(new Request(APP_INDEX_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handler(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('refuses every way out of the folder, other hosts and other schemes', async () => {
    const handler = appProtocolHandler(root);
    const urls = [
      ...ESCAPES.filter((path) => path.startsWith('/') && !path.includes('%E0') && path !== '/%').map((path) => `app://regioscan${path}`),
      'app://regioscan/%',
      'app://evil/index.html',
      'app://regioscan.evil.example/index.html',
      'app://user:secret@regioscan/index.html',
      'app://regioscan:8080/index.html',
      `file://${join(root, 'index.html')}`,
      'https://regioscan/index.html',
    ];
    // Each URL as a Request normalises it (as Electron hands it over), and raw, as written; a
    // Request cannot carry credentials at all, so that one arrives raw only.
    const raw = (url: string) => ({ method: 'GET', url }) as Request;
    for (const url of urls) {
      const requests = [raw(url)];
      if (!url.includes('@')) requests.push(new Request(url));
      for (const request of requests) {
        const response = await handler(request);
        expect([403, 404], `${url} as ${request.url}`).toContain(response.status);
        expect(await response.text(), url).not.toContain('SECRET');
      }
    }
    for (const url of ['app://evil/index.html', 'app://regioscan:8080/index.html', 'app://user:secret@regioscan/index.html', `file://${join(root, 'index.html')}`, 'app://regioscan/leak.txt', 'app://regioscan/..%2fsecret.txt', 'app://regioscan/..\\secret.txt']) {
      expect((await handler(raw(url))).status, url).toBe(403);
    }
  });
});
