/** `regioscan serve --db FILE` prints a URL that serves the app and answers the contract. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

describe('regioscan serve', () => {
  it('prints a 127.0.0.1 URL with a token; the page and the API answer only with it', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), 'serve', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
      const base = new URL(url).origin;
      const token = new URL(url).searchParams.get('token')!;
      expect((await fetch(`${base}/`)).status).toBe(403);
      const login = await fetch(url, { redirect: 'manual' });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(`${base}/`, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const info = await fetch(`${base}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': token }, body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true, value: { host: 'http', schemaVersion: LATEST_SCHEMA_VERSION } });
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
