/**
 * Issue 8, "Hostile and broken input": every case of tests/hostile/corpus.ts goes through the app's
 * own import channels (dispatch → import.start / status / commit) into a database that already
 * holds the sample scan. Each case is either imported correctly (asserted value by value) or refused
 * with one sentence (asserted word for word) — and then the database's every table is exactly as
 * before. No case may pollute a prototype.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src-shared/model';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/handlers/dispatch';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { ensureSampleScan, sampleScanPath } from '../../src-main/sample';
import { REPO_ROOT } from '../../src-main/version';
import { CASES, FORMULA_TEXTS, VALID_ROWS } from '../hostile/corpus';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';
import { importViaContract, settle } from '../helpers/import-via-contract';

type Check = (db: Db, scanIds: number[], status: ImportStatus) => void;
type Outcome = { refused: string } | { imported: Check };

const activities = (db: Db, scanId: number) =>
  db.prepare('SELECT i.name AS initiative, a.name, a.description FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.scan_id = ? ORDER BY a.id').all(scanId) as {
    initiative: string;
    name: string;
    description: string | null;
  }[];
const issues = (db: Db, scanId: number) =>
  (db.prepare('SELECT code, sheet, row, col, value FROM import_issue WHERE scan_id = ? ORDER BY id').all(scanId) as { code: string; sheet: string | null; row: number | null; col: string | null; value: string | null }[]).map(
    (i) => `${i.code}|${i.sheet ?? ''}|${i.row ?? ''}|${i.col ?? ''}|${i.value ?? ''}`,
  );
const scanOf = (db: Db, id: number) => db.prepare('SELECT region, year FROM scan WHERE id = ?').get(id) as { region: string; year: number | null };
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const validNames = VALID_ROWS.map((r) => r[1]);

const ambiguousZip = (file: string, what: string) => `"${file}" is not opened: it is an ambiguous zip package (${what}).`;
const badXls = (file: string, what: string) => `"${file}" is not opened: it is a damaged or ambiguous Excel 97-2003 workbook (${what}).`;
const tooManyCells = (file: string) => `"${file}" holds more than 5,000,000 cells; that is not a scan and is not opened.`;

/** What each case must do, written by hand. Every case of the corpus must be listed here. */
const EXPECTED: Record<string, Outcome> = {
  'png-renamed': { refused: '"scan.xlsx" is not a readable workbook (expected .xlsx, .xls, .ods or .csv).' },
  'empty-file': { refused: '"leeg.xlsx" is empty.' },
  'truncated-half': { refused: '"half.xlsx" is damaged or incomplete and cannot be read.' },
  'truncated-end': { refused: '"afgebroken.xlsx" is damaged or incomplete and cannot be read.' },
  // It declares 2 KB: inflating stops at the 2,049th byte.
  'zip-bomb': { refused: ambiguousZip('bom.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-bomb-honest': { refused: '"eerlijke-bom.xlsx" unpacks to more than 256 MB; that is not a scan and is not opened.' },
  'zip-bomb-ods': { refused: ambiguousZip('bom.ods', 'a part that unpacks to another size than it declares') },
  'cell-bomb': { refused: '"cellen.xlsx" holds more than 5,000,000 cells; that is not a scan and is not opened.' },
  'ods-repeated': { refused: '"herhaald.ods" holds more than 5,000,000 cells; that is not a scan and is not opened.' },
  xlsb: { refused: '"binair.xlsx" is a binary Excel workbook (.xlsb), which Regioscan does not read; save it as .xlsx and import again.' },
  'csv-separators': { refused: '"puntkomma.csv" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'csv-blank-lines': { refused: '"regels.csv" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'csv-wide': { refused: 'Sheet "breed" of "breed.csv" has more than 1000 columns with content; that is not a scan.' },
  'huge-dimension': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(validNames);
      expect(issues(db, id!)).toEqual([]);
    },
  },
  'rows-300k': { refused: 'Sheet "Activiteiten" of "rijen.xlsx" has more than 250,000 rows; that is not a scan.' },
  'rows-300k-csv': { refused: 'Sheet "rijen" of "rijen.csv" has more than 250,000 rows; that is not a scan.' },
  'cell-1mb': { refused: 'A cell on sheet "Activiteiten" holds 1,048,576 characters; a spreadsheet cell holds at most 32,767.' },
  'columns-1001': { refused: 'Sheet "Activiteiten" of "kolommen.xlsx" has more than 1000 columns with content; that is not a scan.' },
  'sheets-201': { refused: '"bladen.xlsx" has 201 sheets; that is not a scan.' },
  'control-characters': {
    imported: (db, [id]) => {
      expect(activities(db, id!)[0]).toEqual({ initiative: 'Digitale Werkplaats', name: 'Bel en escape[31m rood nul', description: 'Half emoji  hier' });
      // Removed, and said so with the cell as written (escaped).
      expect(issues(db, id!)).toEqual([
        'control-characters|Activiteiten|2|B (Activiteit)|Bel\\u0007 en escape\\u001b[31m rood\\u0000 nul',
        'control-characters|Activiteiten|2|D (Omschrijving)|Half emoji \\ud83d hier',
      ]);
    },
  },
  'control-characters-csv': {
    imported: (db, [id]) => {
      // UTF-16's decoder shows the lone surrogate as U+FFFD (visible, not dropped); controls are removed and reported.
      expect(activities(db, id!)).toEqual([{ initiative: 'Werkplaats', name: 'Act[31m', description: 'half \ufffd emoji' }]);
      expect(issues(db, id!).map((i) => i.split('|').slice(0, 4).join('|'))).toEqual([
        'control-characters|controle|2|A (Initiatief)',
        'control-characters|controle|2|B (Activiteit)',
        'control-characters|controle|2|E (Sector)',
      ]);
    },
  },
  'prototype-keys': {
    imported: (db, [id]) => {
      expect(scanOf(db, id!)).toEqual({ region: 'Proto', year: 2031 });
      expect(activities(db, id!)).toEqual([
        { initiative: '__proto__', name: 'constructor', description: '{"__proto__":{"polluted":"ja"}}' },
        { initiative: 'constructor', name: 'prototype', description: 'toString' },
        { initiative: 'prototype', name: '__proto__', description: 'hasOwnProperty' },
      ]);
      const codes = issues(db, id!).map((i) => i.split('|').slice(0, 2).join('|'));
      expect(codes.filter((c) => c.startsWith('sheet-skipped'))).toEqual(['sheet-skipped|__proto__', 'sheet-skipped|constructor', 'sheet-skipped|prototype']);
      expect(codes.filter((c) => c.startsWith('scan-key-ignored'))).toHaveLength(3);
      expect(issues(db, id!).filter((i) => i.startsWith('column-kept')).map((i) => i.split('|')[3])).toEqual(['F (__proto__)', 'G (constructor)', 'H (prototype)']);
      // Kept as extra fields under exactly those names (no object key games on the way).
      expect(db.prepare(`SELECT e.name, count(*) AS n FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = ? GROUP BY e.name ORDER BY e.name`).all(id)).toEqual([
        { name: '__proto__', n: 2 }, { name: 'constructor', n: 2 }, { name: 'prototype', n: 2 },
      ]);
      const unmapped = db.prepare(`SELECT label_nl FROM dimension_value WHERE kind = 'unmapped' AND dimension = 'sector' ORDER BY label_nl`).pluck().all();
      expect(unmapped).toEqual(expect.arrayContaining(['__proto__', 'prototype']));
    },
  },
  'prototype-groups': {
    imported: (db, ids) => {
      // The group is the sheet name without its role word (and without underscores).
      expect(ids.map((id) => scanOf(db, id).region)).toEqual(['proto', 'constructor', 'toString']);
      expect(ids.map((id) => activities(db, id).length)).toEqual([3, 2, 1]);
    },
  },
  formulas: {
    imported: (db, [id]) => {
      const rows = activities(db, id!);
      // Text that looks like a formula is kept as the text it is; formula cells give only the value the spreadsheet cached.
      expect(rows.map((r) => r.name)).toEqual([...FORMULA_TEXTS, 'Gecachte webservice', 'Zonder cache']);
      expect(rows.slice(0, FORMULA_TEXTS.length).map((r) => r.description)).toEqual(FORMULA_TEXTS.map((f, i) => `Omschrijving ${i + 1}: ${f}`));
      expect(rows[FORMULA_TEXTS.length]!.description).toBe('Gecachte dde');
      expect(rows[FORMULA_TEXTS.length + 1]!.description).toBeNull();
    },
  },
  encrypted: { refused: '"beveiligd.xlsx" is password-protected; save it without a password and import again.' },
  'encrypted-xls': { refused: '"beveiligd.xls" is password-protected; save it without a password and import again.' },
  'encrypted-ods': { refused: '"beveiligd.ods" is password-protected; save it without a password and import again.' },
  'macros-external-links': {
    imported: (db, [id]) => {
      const rows = activities(db, id!);
      expect(rows.map((r) => r.name)).toEqual([...validNames, 'Extern']);
      // The external reference's cached value is read; the link itself is never followed.
      expect(rows[3]!.description).toBe('van buiten');
      expect(issues(db, id!)).toEqual([]);
    },
  },
  entities: {
    imported: (db, [id]) => {
      // Entities are neither expanded (billion laughs) nor resolved (XXE): the text stays as written.
      expect(activities(db, id!)[0]).toEqual({ initiative: 'Lol', name: 'Entiteit', description: '&j;&xxe;' });
      const all = db.prepare(`SELECT group_concat(coalesce(description, ''), '') FROM activity`).pluck().get() as string;
      expect(all).not.toMatch(/root:|aaaaaaaaaaaaaaaaaaaa/);
    },
  },
  'csv-windows-1252': {
    imported: (db, [id]) => {
      expect(activities(db, id!)).toEqual([{ initiative: 'Café “De Hoek”', name: 'Prijs € 5 – korting', description: 'Ondernemer’s dag' }]);
    },
  },
  'csv-unbalanced-quotes': { refused: 'The CSV file has a quote (") on line 2 that is never closed; fix the file and try again.' },
  'empty-workbook': { refused: '"leeg-werkboek.xlsx" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'many-parts': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(validNames);
    },
  },
  'only-headers': { refused: '"alleen-koppen.xlsx" has the column headers of a scan but no activities under them; nothing was changed.' },
  // Issue 13: ambiguous zips
  'zip-shadow-end-record': { refused: ambiguousZip('schaduw.xlsx', 'more than one end-of-central-directory record') },
  'zip-two-end-records': { refused: ambiguousZip('twee-einden.xlsx', 'more than one end-of-central-directory record') },
  'zip-local-name-mismatch': { refused: ambiguousZip('naam.xlsx', 'a local header that disagrees with the central directory') },
  'zip-local-size-mismatch': { refused: ambiguousZip('maat.xlsx', 'a local header that disagrees with the central directory') },
  'zip-duplicate-names': { refused: ambiguousZip('dubbel.xlsx', 'two parts with the same name') },
  'zip-duplicate-names-case': { refused: ambiguousZip('hoofdletters.xlsx', 'two parts with the same name') },
  'zip-backslash-name': { refused: ambiguousZip('backslash.xlsx', 'a part name with a backslash') },
  'zip-size-lie': { refused: ambiguousZip('te-groot.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-size-lie-short': { refused: ambiguousZip('te-klein.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-unlisted-entry': { refused: ambiguousZip('verborgen.xlsx', 'parts that overlap, or bytes outside every part') },
  // Issue 13: every sheet part counted, whatever its path or name
  'sheet-at-odd-path': { refused: tooManyCells('ander-pad.xlsx') },
  'sheet-part-shared': { refused: tooManyCells('gedeeld.xlsx') },
  'hyperlink-range': { refused: tooManyCells('link.xlsx') },
  'cell-far-row': { refused: 'Sheet "Activiteiten" of "ver-weg.xlsx" has more than 250,000 rows; that is not a scan.' },
  'xlsb-sheet-at-odd-path': { refused: '"binair-pad.xlsx" is a binary Excel workbook (.xlsb), which Regioscan does not read; save it as .xlsx and import again.' },
  'comments-on-one-cell': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(validNames);
      expect(issues(db, id!)).toEqual([]);
    },
  },
  'ods-other-prefix': { refused: tooManyCells('voorvoegsel.ods') },
  'ods-undeclared-prefix': { refused: tooManyCells('onbekend.ods') },
  'ods-repeated-closes': { refused: tooManyCells('sluiten.ods') },
  'ods-cell-far-column': { refused: 'Sheet "Activiteiten" of "ver-weg.ods" has more than 1000 columns with content; that is not a scan.' },
  'ods-named-xlsx': { refused: tooManyCells('herhaald.xlsx') },
  // Issue 13: .xls counted before SheetJS builds it, its container read once and strictly
  'xls-mulrk-bomb': { refused: tooManyCells('mulrk.xls') },
  'xls-rk-bomb': { refused: tooManyCells('rk.xls') },
  'xls-mulblank-bomb': { refused: tooManyCells('mulblank.xls') },
  'xls-hyperlink-range': { refused: tooManyCells('link.xls') },
  'xls-merge-records': { refused: '"samenvoegen.xls" has too many merged cells or references; that is not a scan and is not opened.' },
  'xls-externsheet-records': { refused: '"verwijzingen.xls" has too many merged cells or references; that is not a scan and is not opened.' },
  'xls-reversed-chains': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(validNames);
    },
  },
  'xls-chain-loop': { refused: badXls('lus.xls', 'a sector chain that loops, points outside the file or shares sectors') },
  'xls-shared-sectors': { refused: badXls('gedeelde-sectoren.xls', 'a sector chain that loops, points outside the file or shares sectors') },
  'xls-stream-size': { refused: badXls('stroom.xls', 'a stream that does not fit its sectors') },
  'xls-two-workbooks': { refused: badXls('twee-werkmappen.xls', 'no Workbook stream, or more than one') },
  'xls-valid': {
    imported: (db, [id]) => {
      expect(activities(db, id!)).toEqual(VALID_ROWS.map((r) => ({ initiative: r[0], name: r[1], description: r[3] })));
      expect(issues(db, id!)).toEqual([]);
    },
  },
};

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
        expected.imported(db, committed!.scanIds, committed!);
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
      if (c.id.startsWith('ods-')) expect(peakGrowthMb).toBeLessThan(350);

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
    const checksum = async () => {
      const conn = await openDatabase(path);
      try {
        return dbChecksum(conn);
      } finally {
        conn.close();
      }
    };

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

    for (const id of ['zip-bomb', 'cell-1mb', 'encrypted', 'entities', 'prototype-keys']) {
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
          expected.imported(fileDb, committed!.scanIds, committed!);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }, 120_000);
    }
  });
});

