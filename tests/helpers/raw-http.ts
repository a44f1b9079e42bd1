/** Raw HTTP against `regioscan serve` in tests: Host (or no Host at all) set exactly as given, which fetch forbids. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { tempDir } from './db';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The Host header: `127.0.0.1:PORT` when absent, none at all when null. */
  host?: string | null;
}

export function send(port: number, path: string, init: RawRequest = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.host !== null) headers.Host = init.host ?? headers.Host ?? `127.0.0.1:${port}`;
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A stand-in renderer folder for the server to serve: an index.html and one asset. */
export function staticRendererDir(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}
