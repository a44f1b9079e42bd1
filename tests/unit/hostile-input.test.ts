/**
 * Issue 8, "Hostile and broken input": every case of tests/hostile/corpus.ts goes through the app's
 * own import channels (dispatch → import.start / status / commit) into a database that already
 * holds the sample scan. Each case is either imported correctly (asserted value by value) or refused
 * with one sentence (asserted word for word, tests/hostile/expected.ts) — and then the database's
 * every table is exactly as before. No case may pollute a prototype. Issue 13's cases (amplification,
 * merged areas, mixed encodings, absurd numbers) are part of the corpus too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { CASES } from '../hostile/corpus';
import { EXPECTED, UNSAFE_TEXT } from '../hostile/expected';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { dbChecksum, fileChecksum } from '../helpers/db-checksum';
import { importViaContract, settle } from '../helpers/import-via-contract';

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
const protoKeys = () => Object.fromEntries(Object.entries(PROTOTYPES).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));

function expectOneSentence(message: { nl: string; en: string }): void {
  for (const text of [message.nl, message.en]) {
    expect(text).not.toMatch(/\n|\bat .+:\d+:\d+|Error:|Importeren mislukt|Import failed/);
    expect(text).toMatch(/[.!]$/);
  }
  expect(message.nl).not.toBe(message.en);
}

describe('hostile and broken input (issue 8)', () => {
  let db: Db;
  const prototypesBefore = protoKeys();
  beforeAll(async () => {
    db = await memoryDb();
    await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
  });
  afterAll(() => db.close());

  it('has an expected outcome for every case of the corpus', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((c) => c.id).sort());
  });

  for (const c of CASES) {
    it(`${c.id}: ${c.what}`, async () => {
      const expected = EXPECTED[c.id]!;
      const bytes = c.build();
      const before = dbChecksum(db);
      const sampleActivities = db.prepare('SELECT count(*) FROM activity a JOIN scan s ON s.id = a.scan_id WHERE s.is_sample = 1').pluck().get();
      const rssBefore = process.memoryUsage().rss;

      const { prepared, committed } = await importViaContract(db, bytes, c.fileName, TEST_ENV);
      const peakGrowthMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 / 1024;

      if ('refused' in expected) {
        expect(prepared.state).toBe('failed');
        expect(prepared.error?.en).toBe(expected.refused);
        expectOneSentence(prepared.error!);
        expect(dbChecksum(db)).toEqual(before);
      } else {
        expect(prepared.error).toBeNull();
        expect(committed?.state).toBe('done');
        expected.imported(db, committed!.scanIds);
        const texts = db.prepare(`SELECT group_concat(i.name || a.name || coalesce(a.description, ''), '') FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.scan_id IN (${committed!.scanIds.join(',')})`).pluck().get() as string;
        expect(texts).not.toMatch(UNSAFE_TEXT);
        expect(db.prepare('SELECT count(*) FROM activity a JOIN scan s ON s.id = a.scan_id WHERE s.is_sample = 1').pluck().get()).toBe(sampleActivities);
      }

      if (c.id.startsWith('zip-bomb')) {
        // Nothing near the 1,000+ MB was ever held in memory.
        expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
        expect(peakGrowthMb).toBeLessThan(512);
      }
      if (c.id === 'rows-300k') expect(peakGrowthMb).toBeLessThan(1024);
      // 30 MB of separators or line breaks once became 31 million empty fields or rows (1 GB and more).
      if (c.id === 'csv-separators' || c.id === 'csv-blank-lines') expect(peakGrowthMb).toBeLessThan(350);
      // 16 million cells took SheetJS 2 GB; 250 million (the .ods) would not fit at all. The guard
      // holds the 240 MB of the .xlsx's inflated sheet once (they are what SheetJS would be handed).
      if (c.id === 'cell-bomb' || c.id === 'sheet-at-odd-path') expect(peakGrowthMb).toBeLessThan(512);
      if (c.id === 'ods-repeated' || c.id.startsWith('ods-other') || c.id.startsWith('ods-undeclared')) expect(peakGrowthMb).toBeLessThan(350);

      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(protoKeys()).toEqual(prototypesBefore);
    }, 120_000);
  }

  it('asks for a decision per existing scan even when its sheet group is called constructor or toString', async () => {
    const groups = CASES.find((c) => c.id === 'prototype-groups')!;
    const before = dbChecksum(db);
    // The same file again: both of its scans exist now, so each needs "replace" or "keep both".
    const started = await dispatch(db, 'import.start', { fileName: groups.fileName, data: groups.build().toString('base64') }, TEST_ENV);
    const { sessionId } = (started as { ok: true; value: { sessionId: string } }).value;
    const ready = await settle(db, sessionId, TEST_ENV);
    expect(ready.preview?.scans.map((s) => [s.group, Boolean(s.existing)])).toEqual([['proto', true], ['constructor', true], ['toString', true]]);
    // Object.prototype.constructor and Object.prototype.toString are not decisions, nor is a "__proto__" key.
    for (const decisions of ['{}', '{"proto":"replace"}', '{"proto":"replace","constructor":"replace"}', '{"proto":"replace","toString":"replace","__proto__":{"constructor":"replace"}}']) {
      const reply = await dispatch(db, 'import.commit', { sessionId, decisions: JSON.parse(decisions) }, TEST_ENV);
      expect(reply, decisions).toMatchObject({ ok: false });
      expect(dbChecksum(db)).toEqual(before);
    }
    // A real decision for each replaces all three.
    const both = await dispatch(db, 'import.commit', { sessionId, decisions: JSON.parse('{"proto":"replace","constructor":"replace","toString":"replace"}') }, TEST_ENV);
    expect(both.ok).toBe(true);
    expect((await settle(db, sessionId, TEST_ENV)).state).toBe('done');
    expect(dbChecksum(db).tables.scan!.rows).toBe(before.tables.scan!.rows);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('through `regioscan import` (issue 13: one case of each container and cell-count class)', () => {
    const dir = tempDir('regioscan-hostile-cli-');
    const path = join(dir, 'regioscan.sqlite');
    beforeAll(async () => {
      const conn = await openDatabase(path);
      await ensureSampleScan(conn, sampleScanPath(join(REPO_ROOT, 'data')));
      // The CLI speaks the database's language; the expected sentences are the English ones.
      await dispatch(conn, 'settings.set', { language: 'en' }, TEST_ENV);
      conn.close();
    });
    const checksum = () => fileChecksum(path);

    for (const id of ['zip-shadow-end-record', 'zip-local-name-mismatch', 'zip-backslash-name', 'sheet-at-odd-path', 'xlsb-sheet-at-odd-path', 'ods-other-prefix', 'xls-mulrk-bomb', 'xls-chain-loop']) {
      it(`${id}: exit 2, one line, the database unchanged`, async () => {
        const c = CASES.find((x) => x.id === id)!;
        const file = join(dir, c.fileName);
        writeFileSync(file, c.build());
        const before = await checksum();
        let out = '';
        let err = '';
        const code = await main(['import', file, '--db', path], { out: (t) => (out += t), err: (t) => (err += t) });
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err.trimEnd().split('\n')).toEqual([`regioscan import: ${(EXPECTED[id] as { refused: string }).refused}`]);
        expect(await checksum()).toEqual(before);
      }, 120_000);
    }
  });

  describe('through the import worker thread, as the desktop app and `regioscan serve` run it', () => {
    let fileDb: Db;
    const env = { ...TEST_ENV, importWorker: sourceWorkerFactory };
    beforeAll(async () => {
      fileDb = await openDatabase(join(tempDir('regioscan-hostile-'), 'regioscan.sqlite'));
      await ensureSampleScan(fileDb, sampleScanPath(join(REPO_ROOT, 'data')));
    });
    afterAll(() => fileDb.close());

    for (const id of ['zip-bomb', 'cell-1mb', 'encrypted', 'entities', 'prototype-keys', 'shared-string', 'search-text', 'report-quotes', 'provider-links', 'merges-tall', 'csv-mixed-encoding', 'reach-absurd']) {
      it(`${id}: the same outcome`, async () => {
        const c = CASES.find((x) => x.id === id)!;
        const expected = EXPECTED[id]!;
        const before = dbChecksum(fileDb);
        const { prepared, committed } = await importViaContract(fileDb, c.build(), c.fileName, env);
        if ('refused' in expected) {
          expect(prepared.error?.en).toBe(expected.refused);
          expect(dbChecksum(fileDb)).toEqual(before);
        } else {
          expect(committed?.state).toBe('done');
          expected.imported(fileDb, committed!.scanIds);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }, 120_000);
    }
  });
});

