/** `regioscan serve --db FILE` prints a URL that serves the app and answers the contract. */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';
import { makeImmutable } from '../helpers/read-only';

describe('regioscan serve', () => {
  it('prints a 127.0.0.1 URL with the token in the fragment; the API answers only with it as a header', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), 'serve', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
      const base = new URL(url).origin;
      const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token')!;
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toBeNull();
      expect(await page.text()).toContain('<div id="root">');
      const refused = await fetch(`${base}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(refused.status).toBe(403);
      const info = await fetch(`${base}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': token }, body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true, value: { host: 'http', schemaVersion: LATEST_SCHEMA_VERSION } });
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('serves a file that cannot be written read-only, says so on stderr, refuses writes and writes nothing (issue 13)', async (test) => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    const db = join(dir, 'x.sqlite');
    (await openDatabase(db)).close();
    const locked = makeImmutable([db, dir]);
    if (!locked.available) test.skip('chattr +i is not available here');
    const before = readdirSync(dir);
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), 'serve', '--with-sample', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr.join('')}`)));
      });
      expect(stderr.join('')).toContain('Dit databasebestand is alleen-lezen: Regioscan toont wat in het bestand staat en wijzigt niets.');
      const base = new URL(url).origin;
      const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token')!;
      const call = async (channel: string, args: unknown) =>
        (await fetch(`${base}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': token }, body: JSON.stringify(args) })).json();
      expect(await call('app.info', {})).toMatchObject({ ok: true, value: { readOnly: true, databasePath: db, readOnlyFile: { en: expect.stringMatching(/read-only/) } } });
      // --with-sample loaded nothing into it.
      expect(await call('scans.list', {})).toEqual({ ok: true, value: [] });
      expect(await call('settings.set', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'database-read-only' } });
      expect(readdirSync(dir)).toEqual(before);
    } finally {
      child.kill('SIGTERM');
      locked.release();
    }
  }, 60_000);
});
