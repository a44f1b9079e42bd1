/** `regioscan backup`, `backups`, `restore`, and the CLI on a damaged database. */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { listBackups } from '../../src-main/db/backups';
import { sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

const SAMPLE = sampleScanPath(join(REPO_ROOT, 'data'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('regioscan backup / backups / restore', () => {
  it('backs up, lists and restores by name or --latest, with a backup before every import and restore', async () => {
    const db = join(tempDir('regioscan-cli-backups-'), 'r.sqlite');
    expect((await run('backups', '--db', db)).out).toBe(`No backups yet beside ${db}.\n`);
    expect((await run('import', SAMPLE, '--db', db)).code).toBe(0);

    const made = await run('backup', '--db', db);
    expect(made.code).toBe(0);
    const path = made.out.trim();
    expect(path).toMatch(/[/\\]backups[/\\]r\.sqlite[/\\]\d{4}-\d\d-\d\dT[\d-]+Z--manual\.sqlite$/);

    const listed = JSON.parse((await run('backups', '--db', db, '--json')).out) as { name: string; reason: string; bytes: number }[];
    expect(listed.map((b) => b.reason)).toEqual(['manual', 'before-import']);
    expect(listed[0]!.bytes).toBeGreaterThan(0);
    expect((await run('backups', '--db', db)).out.split('\n')[0]).toMatch(/--manual\.sqlite {2}\d{4}-.+ {2}manual {2}\d+ kB$/);

    // Back to the empty database from before the import, by name.
    const beforeImport = listed[1]!.name;
    const restored = await run('restore', beforeImport, '--db', db);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toMatch(new RegExp(`^Restored ${beforeImport} \\(schema \\d+\\)\\.\\nThe database as it was is in \\d{4}.+--before-restore\\.sqlite\\.\\n$`));
    expect((await run('scans', '--db', db)).out).toMatch(/^No scans yet/);

    // --latest is the newest backup: the one made just before that restore (with the scan).
    expect((await run('restore', '--latest', '--db', db)).code).toBe(0);
    expect((await run('scans', '--db', db, '--json')).out).toMatch(/Noord-Nederland/);
  });

  it('keeps separate backups for regio.sqlite and regio.db in one folder: backup, backups and restore each see only their own', async () => {
    const folder = tempDir('regioscan-cli-backups-');
    const sqlite = join(folder, 'regio.sqlite');
    const other = join(folder, 'regio.db');
    expect((await run('import', SAMPLE, '--db', sqlite)).code).toBe(0);
    expect((await run('scans', '--db', other)).out).toMatch(/^No scans yet/);
    const mine = (await run('backup', '--db', sqlite)).out.trim();
    const theirs = (await run('backup', '--db', other)).out.trim();
    expect(mine).toMatch(/[/\\]backups[/\\]regio\.sqlite[/\\][^/\\]+--manual\.sqlite$/);
    expect(theirs).toMatch(/[/\\]backups[/\\]regio\.db[/\\][^/\\]+--manual\.sqlite$/);

    const list = async (db: string) => (JSON.parse((await run('backups', '--db', db, '--json')).out) as { name: string; reason: string }[]).map((b) => b.reason);
    expect(await list(sqlite)).toEqual(['manual', 'before-import']);
    expect(await list(other)).toEqual(['manual']);

    // --latest of regio.db is regio.db's own backup (empty), not regio.sqlite's newer one.
    expect((await run('restore', '--latest', '--db', other)).code).toBe(0);
    expect((await run('scans', '--db', other)).out).toMatch(/^No scans yet/);
    expect((await run('scans', '--db', sqlite, '--json')).out).toMatch(/Noord-Nederland/);
    expect(await list(sqlite)).toEqual(['manual', 'before-import']);
    expect(await list(other)).toEqual(['before-restore', 'manual']);
    // A name from regio.sqlite's list is unknown to regio.db.
    const foreign = await run('restore', mine.split(/[/\\]/).pop()!, '--db', other);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toMatch(/Er is geen back-up met de naam .+ in .+regio\.db\.\n$/);
  });

  it('answers wrong use with one line and exit 1 or 2', async () => {
    const db = join(tempDir('regioscan-cli-backups-'), 'r.sqlite');
    expect(await run('restore', '--db', db)).toMatchObject({ code: 1, err: "regioscan restore: Geef de NAAM van één back-up (zie 'regioscan backups') of --latest.\n" });
    expect(await run('restore', '--latest', '--db', db)).toMatchObject({ code: 1, err: `regioscan restore: Er zijn geen back-ups naast ${db}.\n` });
    const missing = await run('restore', 'nope.sqlite', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^regioscan restore: Er is geen back-up met de naam nope\.sqlite in .+\.\n$/);
  });

  it('refuses to write to a database that fails its integrity check; restore repairs it', async () => {
    const db = join(tempDir('regioscan-cli-backups-'), 'r.sqlite');
    expect((await run('import', SAMPLE, '--db', db)).code).toBe(0);
    expect((await run('backup', '--db', db)).code).toBe(0);
    const fd = openSync(db, 'r+');
    const pages = Math.floor(statSync(db).size / 4096);
    writeSync(fd, Buffer.alloc(3 * 4096, 0x5a), 0, 3 * 4096, Math.floor(pages / 2) * 4096);
    closeSync(fd);
    const before = sha256(db);
    const backupsBefore = listBackups(db).length;

    for (const argv of [['import', SAMPLE, '--keep-both'], ['backup']]) {
      const refused = await run(...argv, '--db', db);
      expect(refused.code, argv[0]).toBe(2);
      expect(refused.err, argv[0]).toMatch(new RegExp(`^regioscan ${argv[0]}: Het databasebestand is beschadigd \\(.+\\)\\. Regioscan schrijft er niet meer in; zet een back-up terug\\.\\n$`));
    }
    expect(sha256(db)).toBe(before);
    expect(listBackups(db)).toHaveLength(backupsBefore);

    const latest = listBackups(db)[0]!.name;
    const repaired = await run('restore', '--latest', '--db', db);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(new RegExp(`^Restored ${latest} .*\\nThe database as it was \\(damaged\\) is in \\d{4}.+--damaged-before-restore\\.sqlite\\.\\n$`));
    expect((await run('scans', '--db', db, '--json')).out).toMatch(/Noord-Nederland/);
    expect((await run('backup', '--db', db)).code).toBe(0);
  });
});
