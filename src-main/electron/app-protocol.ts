/**
 * The renderer is served from `app://regioscan/`, a privileged custom protocol, not from file://
 * (Electron security checklist: "avoid usage of the file protocol and prefer usage of custom
 * protocols"). The handler serves only the built renderer folder and refuses everything else; it is
 * a plain function of a Request, unit-tested with real files and a fake `protocol`.
 */
import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { contentType, resolveRendererFile } from '../renderer-files';
import { SECURITY_HEADERS } from '../serve/security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'regioscan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: a real origin (app://regioscan) for relative URLs, 'self' in the CSP, localStorage and
 * blob: URLs (ForceAtlas2's worker); secure: a secure context like https; supportFetchAPI: the
 * renderer may fetch its own files. Not corsEnabled: no other origin may read them; not bypassCSP,
 * no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Call before `app.whenReady()`: privileges can only be granted before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function refusal(status: 403 | 404 | 405): Response {
  const text = { 403: 'Forbidden.', 404: 'Not found.', 405: 'Method not allowed.' }[status];
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Which renderer file an app:// URL names: only `app://regioscan/…`, no credentials or port. */
function appPathname(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.pathname;
}

/** Serves GET and HEAD for files in `rendererDir`, with their Content-Type and the app's CSP. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const pathname = appPathname(request.url);
    if (pathname === null) return refusal(403);
    const file = await resolveRendererFile(rendererDir, pathname);
    if (file.status !== 200) return refusal(file.status);
    let body: Buffer;
    try {
      body = await readFile(file.path);
    } catch {
      return refusal(404);
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentType(file.path) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Call once the app is ready, before the window loads APP_INDEX_URL. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
}
