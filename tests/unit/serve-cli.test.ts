/** `regioscan serve --db FILE` prints a URL that serves the app and answers the contract. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

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
      expect(await info.json()).toMatchObject({ ok: true, value: { host: 'http', schemaVersion: 2 } });
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
