/**
 * Issue 13: a full disk (SQLITE_FULL) while saving, editing or importing is one sentence ("De schijf
 * is vol…"), the transaction rolls back and the database is exactly as before (db-checksum).
 *
 * Two honest ways to fill the disk: `PRAGMA max_page_count` caps the database at the pages it has
 * (SQLite then answers SQLITE_FULL exactly as on a full disk), for the app's channels; and for the
 * CLI a real, tiny tmpfs that runs out of space (ENOSPC) while an import writes — this needs root
 * and mount, which development machines and CI have; elsewhere that test is skipped with the reason.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { SavedFilter } from '../../src-shared/model';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { importViaContract } from '../helpers/import-via-contract';

const SAMPLE = sampleScanPath(join(REPO_ROOT, 'data'));
const FULL = { nl: 'De schijf is vol: Regioscan heeft niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.', en: 'The disk is full: Regioscan changed nothing. Free some space and try again.' };

/** The database may not grow past the pages it has now. */
function capAtCurrentSize(db: Db): void {
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
}

/** Sends `args(i)` until the disk is full; the reply then, and whether the database stayed as it was. */
async function untilFull(db: Db, channel: string, args: (i: number) => unknown) {
  for (let i = 0; i < 500; i++) {
    const before = dbChecksum(db);
    const reply = await dispatch(db, channel, args(i), TEST_ENV);
    if (!reply.ok) return { reply, unchanged: JSON.stringify(dbChecksum(db)) === JSON.stringify(before), attempts: i + 1 };
  }
  throw new Error(`${channel} never filled the disk`);
}

describe('a full disk (issue 13)', () => {
  it('saving a filter: one sentence, nothing stored', async () => {
    const db = await memoryDb();
    await ensureSampleScan(db, SAMPLE);
    capAtCurrentSize(db);
    const result = await untilFull(db, 'filters.save', (i) => ({ name: `Filter ${i}`, note: 'n'.repeat(2000), filter: emptyFilter() }));
    expect(result.reply).toEqual({ ok: false, error: { code: 'disk-full', message: FULL } });
    expect(result.unchanged).toBe(true);
    expect(result.attempts).toBeGreaterThan(1);
  });

  it('editing saved filters (a longer note): one sentence, the filter as it was', async () => {
    const db = await memoryDb();
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const reply = await dispatch(db, 'filters.save', { name: `F${i}`, note: 'kort', filter: emptyFilter() }, TEST_ENV);
      ids.push((reply as { value: SavedFilter }).value.id);
    }
    capAtCurrentSize(db);
    const result = await untilFull(db, 'filters.save', (i) => ({ id: ids[i % ids.length], name: `F${i % ids.length}`, note: 'lang '.repeat(400), filter: emptyFilter() }));
    expect(result.reply).toEqual({ ok: false, error: { code: 'disk-full', message: FULL } });
    expect(result.unchanged).toBe(true);
  });

  it('importing a workbook through the app: the import fails with the sentence and rolls back', async () => {
    const db = await memoryDb();
    capAtCurrentSize(db);
    const before = dbChecksum(db);
    const { prepared, committed } = await importViaContract(db, readFileSync(SAMPLE), 'noord.xlsx', TEST_ENV);
    expect(prepared.state).toBe('ready');
    expect(committed).toMatchObject({ state: 'failed', error: FULL });
    expect(dbChecksum(db)).toEqual(before);
  });
});

describe('a full disk under the CLI (a real tmpfs that runs out of space)', () => {
  let mounted: string | undefined;
  afterEach(() => {
    if (mounted) spawnSync('umount', [mounted]);
    mounted = undefined;
  });

  /** A tmpfs of `bytes` (rounded up to pages) at a new folder; null where mounting is not permitted. */
  function tinyDisk(bytes: number): string | null {
    const dir = join(tempDir('regioscan-full-'), 'disk');
    mkdirSync(dir);
    const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(bytes / 4096) * 4096}`, 'tmpfs', dir]);
    if (result.status !== 0) return null;
    mounted = dir;
    return dir;
  }

  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join(''), err: err.join('') };
  }

  /** A database with the sample scan, made elsewhere: its size and a checksum of its content. */
  async function sampleDatabase() {
    const path = join(tempDir('regioscan-full-src-'), 'r.sqlite');
    const db = await openDatabase(path);
    await ensureSampleScan(db, SAMPLE);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return { path, bytes: statSync(path).size };
  }

  async function checksumOf(path: string) {
    const db = await openDatabase(path);
    try {
      return dbChecksum(db);
    } finally {
      db.close();
    }
  }

  it('an import that fills the disk while it writes: one line, exit 2, the database as it was', async (test) => {
    const source = await sampleDatabase();
    // Room for the database, its -shm and the backup before the import, not for the import itself.
    const disk = tinyDisk(2 * source.bytes + 256 * 1024);
    if (!disk) test.skip('mounting a tmpfs is not permitted here');
    const path = join(disk!, 'r.sqlite');
    copyFileSync(source.path, path);
    const before = await checksumOf(path);
    const refused = await run('import', SAMPLE, '--keep-both', '--db', path);
    expect(refused).toEqual({ code: 2, out: '', err: `regioscan import: ${FULL.nl}\n` });
    // The backup before the import fitted: it was the import's own transaction that met the full disk.
    expect(readdirSync(join(disk!, 'backups', 'r.sqlite')).filter((n) => n.includes('before-import'))).toHaveLength(1);
    expect(await checksumOf(path)).toEqual(before);
  });

  it('a backup that fills the disk: the sentence, and no half-written backup left to restore', async (test) => {
    const source = await sampleDatabase();
    const disk = tinyDisk(source.bytes + 128 * 1024);
    if (!disk) test.skip('mounting a tmpfs is not permitted here');
    const path = join(disk!, 'r.sqlite');
    copyFileSync(source.path, path);
    const before = await checksumOf(path);
    for (const argv of [['backup'], ['import', SAMPLE, '--keep-both']]) {
      const refused = await run(...argv, '--db', path);
      expect(refused, argv[0]).toEqual({ code: 2, out: '', err: `regioscan ${argv[0]}: ${FULL.nl}\n` });
      const backups = join(disk!, 'backups', 'r.sqlite');
      expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([]);
    }
    expect(await checksumOf(path)).toEqual(before);
  });
});
