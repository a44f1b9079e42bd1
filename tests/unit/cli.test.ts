import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { REPO_ROOT } from '../../src-main/version';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('regioscan CLI', () => {
  it('prints help with exit 0', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toMatch(/Usage: regioscan <command>/);
  });

  it('answers unknown input with one line and exit 1', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(1);
    expect(c.err.join('').trim().split('\n')).toHaveLength(1);
    const d = capture();
    expect(await main(['serve', '--no-such-flag'], d.io)).toBe(1);
    // No database yet: the CLI speaks Dutch, the app's default language.
    expect(d.err.join('')).toBe("regioscan serve: Onbekende optie '--no-such-flag'.\n");
    const e = capture();
    expect(await main(['serve', '--port', 'abc'], e.io)).toBe(1);
  });

  it('runs as the installed bin (npx regioscan --help)', () => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/regioscan <command>/);
    const bad = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("regioscan: onbekende opdracht 'nope'; 'regioscan --help' geeft de lijst.");
  });
});
