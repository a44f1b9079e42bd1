/**
 * `regioscan serve`: the built renderer plus the same contract as the desktop app, over HTTP on
 * 127.0.0.1 only. Every request needs the per-run token (once in the URL, then as an HttpOnly
 * cookie, or as the `X-Regioscan-Token` header); the Host header must be local.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../db/open';
import { dispatch } from '../handlers/dispatch';
import type { HandlerEnv } from '../handlers/types';
import type { WorkerFactory } from '../import/sessions';
import { contentType, resolveRendererFile } from '../renderer-files';
import { isAllowedHost, sameToken, SECURITY_HEADERS, TOKEN_COOKIE, tokenFromCookie } from './security';

export interface ServeOptions {
  db: Db;
  rendererDir: string;
  version: string;
  /** Runs imports in a worker thread (see src-main/import/worker-factory.ts). */
  importWorker?: WorkerFactory;
  port?: number;
  readOnly?: boolean;
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
  const env: HandlerEnv = { host: 'http', readOnly: options.readOnly ?? false, version: options.version, ...(options.importWorker ? { importWorker: options.importWorker } : {}) };
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, `Internal error: ${(error as Error).message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Misdirected request: this server answers only on 127.0.0.1 and localhost.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!sameToken(queryToken, token)) return send(res, 403, 'Forbidden: wrong token.');
      url.searchParams.delete('token');
      return send(res, 303, '', 'text/plain', {
        Location: url.pathname + url.search,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    const given = (req.headers['x-regioscan-token'] as string | undefined) ?? tokenFromCookie(req.headers.cookie);
    if (!sameToken(given, token)) return send(res, 403, 'Forbidden: open the URL that `regioscan serve` printed (it carries the token).');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.', 'text/plain', { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Use application/json.');
      let args: unknown;
      try {
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        const body = await readBody(req, channel === 'import.start' ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES);
        args = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch (error) {
        return send(res, 400, `Bad request: ${(error as Error).message}`);
      }
      const envelope = await dispatch(options.db, decodeURIComponent(url.pathname.slice('/api/'.length)), args, env);
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
    }

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
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
