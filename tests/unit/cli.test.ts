import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { tempDir, TEST_ENV } from '../helpers/db';
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

  it('speaks the language set in the database (issue 13): every error one line, Dutch by default', async () => {
    const path = join(tempDir('regioscan-cli-lang-'), 'r.sqlite');
    const db = await openDatabase(path);
    db.close();
    const dutch = capture();
    expect(await main(['list', '--sort', 'kleur', '--db', path], dutch.io)).toBe(1);
    expect(dutch.err.join('')).toBe("regioscan list: --sort neemt een van name, initiative, scan, type, geography, startYear, reach, niet 'kleur'.\n");
    const english = await openDatabase(path);
    await dispatch(english, 'settings.set', { language: 'en' }, TEST_ENV);
    english.close();
    // Before the command opened the database (option parsing) and after (a refused --where value).
    const cases: [string[], number, string][] = [
      [['list', '--sort', 'kleur'], 1, "regioscan list: --sort takes one of name, initiative, scan, type, geography, startYear, reach, not 'kleur'.\n"],
      [['facets', '--bogus'], 1, "regioscan facets: Unknown option '--bogus'.\n"],
      [['list', '--text', 'a\u0000b'], 2, 'regioscan list: The search text holds a control character (such as NUL) that cannot be searched; type ordinary characters only.\n'],
      [['restore', 'nope.sqlite'], 2, `regioscan restore: There is no backup named nope.sqlite in ${join(path, '..', 'backups', basename(path))}.\n`],
    ];
    for (const [argv, exit, line] of cases) {
      const c = capture();
      expect(await main([...argv, '--db', path], c.io), argv.join(' ')).toBe(exit);
      expect(c.err.join('')).toBe(line);
    }
  });

  it('an export that cannot be written is one sentence (exit 2), not a stack trace', async () => {
    const path = join(tempDir('regioscan-cli-out-'), 'r.sqlite');
    const out = join(tempDir('regioscan-cli-out-'), 'no-such-folder', 'lijst.csv');
    const c = capture();
    expect(await main(['export', '--out', out, '--db', path], c.io)).toBe(2);
    expect(c.err.join('')).toBe(`regioscan export: ${out} kan niet worden geschreven (ENOENT).\n`);
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
