/**
 * `regioscan serve`: the built renderer plus the same contract as the desktop app, over HTTP on
 * 127.0.0.1 only.
 *
 * The per-run token is printed in the URL's FRAGMENT (`http://127.0.0.1:PORT/#token=…`), which the
 * browser never sends; the page moves it into sessionStorage, removes it from the address bar and
 * sends it as the `X-Regioscan-Token` header on every API call and on the event stream. No cookie is
 * ever set or read: cookies ignore ports, so any other server on 127.0.0.1 would receive one. A
 * token in a query string is not accepted either. The static files (index.html, JS, CSS: the built
 * renderer, no data) are served without the token so that the page can start and pick it up.
 * The Host header must be local (DNS rebinding); every answer carries strict security headers.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../src-shared/contract';
import { API_PREFIX, EVENTS_PATH, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../src-shared/serve-protocol';
import type { Db } from '../db/open';
import { dispatch } from '../rpc/dispatch';
import type { HandlerEnv } from '../rpc/types';
import type { WorkerFactory } from '../import';
import type { DesktopPublishing } from '../publish';
import { contentType, resolveRendererFile } from '../renderer-files';
import { streamAppEvents } from './events-stream';
import { isAllowedHost, sameToken, SECURITY_HEADERS } from './security';

export interface ServeOptions {
  db: Db;
  rendererDir: string;
  version: string;
  /** Runs imports in a worker thread (see src-main/import/worker-factory.ts). */
  importWorker?: WorkerFactory;
  port?: number;
  readOnly?: boolean;
  /** The Publiceren screen's folder dialog and browser, as the desktop app has them (stand-ins in the browser tests); without them publish.build is refused. */
  publishing?: DesktopPublishing;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Requests carry small JSON, except an import, which carries the file as base64. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_IMPORT_BODY_BYTES = 150 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

/** The API's answer without the token: an envelope, so the page shows the sentence. */
const NO_TOKEN: Envelope<never> = {
  ok: false,
  error: {
    code: 'no-token',
    message: {
      nl: 'Geen toegang tot de gegevens: open het adres dat ‘regioscan serve’ toonde (met de sleutel erin) opnieuw in dit tabblad.',
      en: 'No access to the data: open the address ‘regioscan serve’ printed (it carries the key) again in this tab.',
    },
  },
};

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const publishing = options.publishing;
  const env: HandlerEnv = {
    host: 'http',
    readOnly: options.readOnly ?? false,
    version: options.version,
    ...(options.importWorker ? { importWorker: options.importWorker } : {}),
    ...(publishing ? { chooseFolder: () => publishing.chooseFolder(), openPublication: (folder: string) => publishing.openPublication(folder) } : {}),
  };
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, `Internal error: ${(error as Error).message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Misdirected request: this server answers only on 127.0.0.1 and localhost.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isApi = url.pathname.startsWith(API_PREFIX);
    const isEvents = url.pathname === EVENTS_PATH;

    if (isApi || isEvents) {
      // The header only: never a cookie, never the query string.
      if (!sameToken(req.headers[TOKEN_HEADER.toLowerCase()] as string | undefined, token)) return sendJson(res, 403, NO_TOKEN);
    }
    if (isEvents) {
      if (req.method !== 'GET') return send(res, 405, 'Use GET.', 'text/plain', { Allow: 'GET' });
      return streamAppEvents(options.db, req, res, SECURITY_HEADERS);
    }
    if (isApi) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.', 'text/plain', { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Use application/json.');
      const channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      let args: unknown;
      try {
        const body = await readBody(req, channel === 'import.start' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);
        args = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch (error) {
        return send(res, 400, `Bad request: ${(error as Error).message}`);
      }
      return sendJson(res, 200, await dispatch(options.db, channel, args, env));
    }

    // The built renderer: no data, so no token (the page needs to load to pick the token up).
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    // The same files, and the same refusals, as the desktop app's app:// protocol.
    const file = await resolveRendererFile(options.rendererDir, url.pathname);
    if (file.status !== 200) return send(res, 404, 'Not found.');
    try {
      return send(res, 200, await readFile(file.path), contentType(file.path));
    } catch {
      return send(res, 404, 'Not found.');
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#${TOKEN_FRAGMENT_KEY}=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
