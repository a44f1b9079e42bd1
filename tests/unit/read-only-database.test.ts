/**
 * Issue 13: a database file that cannot be written — here made immutable with `chattr +i` (file, its
 * `-wal` and its folder), which holds for root too — opens without writing anything: reading works
 * (app channels and the CLI's scans, facets, list, export), every writing channel and command refuses
 * with one sentence, the app says on every screen that the file is read-only and that what is only
 * in the -wal file is not shown, and the folder is byte for byte as before.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { AppInfo, ScanSummary } from '../../src-shared/model';
import { contract } from '../../src-shared/contract';
import { readOnlyCopy } from '../../src-main/db/health';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { tempDir, TEST_ENV } from '../helpers/db';
import { immutableSupported, makeImmutable, type Immutable } from '../helpers/read-only';
import { runCli } from '../helpers/run-cli';
import { loadSampleScan, loadSampleScanFile, SAMPLE_WORKBOOK } from '../helpers/sample-db';

const WAL_ONLY_TITLE = 'Alleen in het wal-bestand';

const run = (...argv: string[]) => runCli(argv);

/** Every file in the folder with its size, modification time and SHA-256. */
function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const s = statSync(path);
    state[name] = s.isDirectory() ? 'dir' : `${s.size} ${s.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
  return state;
}

/**
 * A WAL database with the sample scan and English as the UI language, whose last change (a scan's
 * new title) sits only in its -wal file, as after a crash: copied while the writer still had it open.
 */
async function databaseWithUnsavedWal(dir: string): Promise<string> {
  const scratch = tempDir('regioscan-ro-src-');
  const source = join(scratch, 'r.sqlite');
  const db = await openDatabase(source);
  await loadSampleScan(db);
  await dispatch(db, 'settings.set', { language: 'en' }, TEST_ENV);
  db.close();
  const writer = new Database(source);
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare('UPDATE scan SET title = ?').run(WAL_ONLY_TITLE);
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal']) copyFileSync(`${source}${suffix}`, join(dir, `r.sqlite${suffix}`));
  writer.close();
  return join(dir, 'r.sqlite');
}

describe('a read-only (immutable) database file (issue 13)', () => {
  let supported = false;
  let locked: Immutable | undefined;

  beforeAll(() => {
    const scratch = join(tempDir('regioscan-ro-probe-'), 'probe');
    copyFileSync(SAMPLE_WORKBOOK, scratch);
    supported = immutableSupported(scratch);
  });

  afterEach(() => locked?.release());

  /** The database of databaseWithUnsavedWal in a new folder, locked (file, -wal and folder): its path, the folder and the folder's state now. */
  async function lockedWithUnsavedWal(prefix: string): Promise<{ dir: string; path: string; before: Record<string, string>; lock: Immutable }> {
    const dir = join(tempDir(prefix), 'data');
    const path = await databaseWithUnsavedWal(dir);
    const lock = makeImmutable([path, `${path}-wal`, dir]);
    locked = lock;
    return { dir, path, before: folderState(dir), lock };
  }

  it('opens from a copy in memory, reads, refuses every write with one sentence and writes nothing', async (test) => {
    if (!supported) test.skip('chattr +i is not available here');
    const { dir, path, before, lock } = await lockedWithUnsavedWal('regioscan-ro-');

    const db = await openDatabase(path);
    expect(readOnlyCopy(db)?.path).toBe(path);
    // The file as it lies on disk: the change only in the -wal file is not shown.
    const scans = await dispatch(db, 'scans.list', {}, TEST_ENV);
    expect(scans.ok && (scans.value as ScanSummary[]).map((s) => s.title)).not.toContain(WAL_ONLY_TITLE);
    expect(scans.ok && (scans.value as ScanSummary[]).length).toBe(1);

    const info = await dispatch(db, 'app.info', {}, TEST_ENV);
    expect(info.ok).toBe(true);
    const app = (info as { value: AppInfo }).value;
    expect(app).toMatchObject({ databasePath: path, readOnly: true });
    expect(app.readOnlyFile?.nl).toMatch(/alleen-lezen.*-wal-bestand/);
    expect(app.readOnlyFile?.en).toMatch(/read-only.*-wal file.*not shown/);

    // Reading channels work.
    const filter = emptyFilter();
    for (const [channel, args] of [
      ['query.facets', { filter }],
      ['query.activities', { filter }],
      ['export.activities', { filter, format: 'csv' }],
      ['filters.list', {}],
      ['backups.list', {}],
    ] as const) {
      const reply = await dispatch(db, channel, args, TEST_ENV);
      expect(reply.ok, `${channel}: ${reply.ok ? '' : reply.error.message.en}`).toBe(true);
    }
    // Every writing channel refuses before looking at its arguments, with one sentence.
    const writing = Object.entries(contract).filter(([, def]) => def.writes).map(([name]) => name);
    expect(writing).toEqual(expect.arrayContaining(['filters.save', 'scans.rename', 'scans.delete', 'import.start', 'backups.create', 'backups.restore', 'settings.set']));
    for (const channel of writing) {
      const reply = await dispatch(db, channel, {}, TEST_ENV);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'database-read-only', message: { nl: 'Het databasebestand is alleen-lezen: Regioscan kan hierin niets wijzigen.' } } });
    }
    db.close();
    expect(folderState(dir)).toEqual(before);
    // The change was there, in the -wal file: SQLite itself shows it once the folder is writable.
    lock.release();
    const live = new Database(path, { readonly: true });
    expect(live.prepare('SELECT title FROM scan').pluck().all()).toEqual([WAL_ONLY_TITLE]);
    live.close();
  });

  it('the CLI reads from it and refuses to write, in the language set in the database, one line, exit 2', async (test) => {
    if (!supported) test.skip('chattr +i is not available here');
    const { dir, path, before } = await lockedWithUnsavedWal('regioscan-ro-cli-');

    const scans = await run('scans', '--db', path, '--json');
    expect(scans.code, scans.err).toBe(0);
    expect((JSON.parse(scans.out) as { title: string }[]).map((s) => s.title)).not.toContain(WAL_ONLY_TITLE);
    expect((await run('facets', '--db', path, '--json')).code).toBe(0);
    const list = await run('list', '--db', path, '--json', '--where', 'type=Werken met studenten');
    expect(list.code, list.err).toBe(0);
    expect((JSON.parse(list.out) as unknown[]).length).toBeGreaterThan(0);
    const out = join(tempDir('regioscan-ro-export-'), 'lijst.csv');
    expect((await run('export', '--db', path, '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/Werken met studenten/);

    const refusal = 'The database file is read-only: Regioscan cannot change anything in it.\n';
    for (const argv of [['import', SAMPLE_WORKBOOK], ['backup'], ['restore', '--latest']]) {
      const refused = await run(...argv, '--db', path);
      expect(refused, argv[0]).toEqual({ code: 2, out: '', err: `regioscan ${argv[0]}: ${refusal}` });
    }
    expect(folderState(dir)).toEqual(before);
  });

  it('a writable file in a folder that cannot be written is read-only too (SQLite could not create its -wal or -shm)', async (test) => {
    if (!supported) test.skip('chattr +i is not available here');
    const dir = join(tempDir('regioscan-ro-folder-'), 'data');
    mkdirSync(dir);
    const path = join(dir, 'r.sqlite');
    await loadSampleScanFile(path);
    locked = makeImmutable([dir]);
    const before = folderState(dir);
    const copy = await openDatabase(path);
    expect(readOnlyCopy(copy)).not.toBeNull();
    expect((await dispatch(copy, 'scans.rename', { id: 1, title: 'x' }, TEST_ENV)).ok).toBe(false);
    copy.close();
    // No language set in this database: Dutch.
    expect(await run('import', SAMPLE_WORKBOOK, '--db', path)).toEqual({ code: 2, out: '', err: 'regioscan import: Het databasebestand is alleen-lezen: Regioscan kan hierin niets wijzigen.\n' });
    expect(folderState(dir)).toEqual(before);
  });
});
