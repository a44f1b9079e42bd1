/**
 * Issue 13, the text budget (LIMITS.textBytes): it counts exactly the text the writer stores — the
 * dry run before anything is asked, the same count while writing, the text that ends up in the
 * database — and a write past it leaves the database as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { UserError } from '../../src-main/errors';
import { IssueLog } from '../../src-main/import/issues';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { TextBudget } from '../../src-main/import/text-budget';
import { ScanWriter } from '../../src-main/import/write-scan';
import { memoryDb } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';
import { writeXlsx, type SheetSpec } from '../helpers/ooxml';

const ACTIVITY_HEADERS = ['Initiatief', 'Activiteit', 'Type activiteit', 'Omschrijving', 'Sector', 'Technologie'];
const PROVIDER_HEADERS = ['Initiatief', 'Activiteit', 'Organisatie', 'Type organisatie', 'Rol'];

/** Two scans in one file (two sheet groups) sharing an organisation, with unmapped values and a long description. */
function twoScans(organisationType: string): Buffer {
  const group = (name: string, rows: (string | null)[][], providers: (string | null)[][]): SheetSpec[] => [
    { name: `${name} Activiteiten`, rows: [ACTIVITY_HEADERS, ...rows] },
    { name: `${name} Aanbieders`, rows: [PROVIDER_HEADERS, ...providers] },
  ];
  return writeXlsx([
    ...group(
      'Drenthe',
      [
        ['Werkplaats', 'Spreekuur', 'Signaleren', 'é'.repeat(5000), 'C. Industrie', 'Kwantumcomputers'],
        ['Werkplaats', 'Scan', 'Scans & assessments', null, 'Ruimtevaart', null],
      ],
      [['Werkplaats', 'Spreekuur', 'Hogeschool Noord', organisationType, 'Uitvoerder']],
    ),
    ...group('Groningen', [['Hub', 'Meetup', 'Netwerken & coördineren', 'Eens per maand', 'Ruimtevaart', 'Kwantumcomputers']], [['Hub', 'Meetup', 'Hogeschool Noord', organisationType, 'Financier']]),
  ]);
}

/**
 * UTF-8 bytes of all text the tables hold, FTS content included (its own shadow tables not), but for
 * `dimension_value.kind`: the one text the SQL itself writes, not a value it is given.
 */
function storedTextBytes(db: Db): number {
  let total = 0;
  const tables = ['scan', 'initiative', 'activity', 'activity_text', 'dimension_value', 'organisation', 'provider', 'import_issue'];
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== 'kind');
    const sum = columns.map((c) => `coalesce(sum(CASE WHEN typeof("${c}") = 'text' THEN length(CAST("${c}" AS BLOB)) END), 0)`).join(' + ');
    total += db.prepare(`SELECT ${sum} FROM "${table}"`).pluck().get() as number;
  }
  return total;
}

const unlimited = () => new TextBudget(() => {
  throw new Error('no limit here');
}, Infinity);

describe('the text budget counts what the writer stores (issue 13)', () => {
  it('the dry run, the write and the database agree to the byte, over two scans and a type conflict found only while writing', async () => {
    const db = await memoryDb();
    commitImport(db, await prepareImport(db, twoScans('Onderwijsinstelling'), 'eerste.xlsx'), () => 'keep-both');
    // The same organisation with another type: the writer reports the conflict against the database.
    const prepared = await prepareImport(db, twoScans('Kennisinstelling'), 'tweede.xlsx');
    const dry = unlimited();
    const dryRun = new ScanWriter(db, dry, true);
    const options = { fileName: prepared.fileName, sha256: prepared.sha256, importedAt: '2026-01-01T00:00:00.000Z' };
    for (const scan of prepared.scans) dryRun.write(scan.data, scan.issues, options);

    const textBefore = storedTextBytes(db);
    const wet = unlimited();
    const results = db.transaction(() => {
      const writer = new ScanWriter(db, wet);
      return prepared.scans.map((scan) => writer.write(scan.data, scan.issues, options));
    })();
    expect(results.flatMap((r) => r.issues.map((i) => i.code))).toContain('organisation-type-conflict');
    expect(dry.used).toBe(wet.used);
    // What the database gained is exactly what was counted.
    expect(storedTextBytes(db) - textBefore).toBe(wet.used);
    expect(wet.used).toBeGreaterThan(10_000); // the 5,000 two-byte é's, written twice (activity and text search)
  });

  it('a write past the budget stops inside the transaction: nothing of it is kept', async () => {
    const db = await memoryDb();
    const prepared = await prepareImport(db, twoScans('Onderwijsinstelling'), 'scan.xlsx');
    const before = dbChecksum(db);
    const refusal = new UserError('import-refused', { nl: 'Te veel tekst.', en: 'Too much text.' });
    expect(() =>
      db.transaction(() => {
        const writer = new ScanWriter(db, new TextBudget(() => {
          throw refusal;
        }, 8_000));
        for (const scan of prepared.scans) writer.write(scan.data, scan.issues, { fileName: 'scan.xlsx', sha256: prepared.sha256 });
      }).immediate(),
    ).toThrow(refusal);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('the report is held to the budget as it is made, not only once it is written', () => {
    const budget = new TextBudget(() => {
      throw new UserError('import-refused', { nl: 'Te veel.', en: 'Too much.' });
    }, 60_000);
    const log = new IssueLog(budget);
    const long = 'x'.repeat(20_000);
    log.add('warning', 'conflicting-value', { field: 'Omschrijving', initiative: 'Werkplaats', kept: long, text: 'kort' }, { value: 'kort' });
    // The message quotes the long value, and so does the parameter: about 40,000 bytes for one issue.
    expect(budget.used).toBeGreaterThan(40_000);
    expect(() => log.add('warning', 'conflicting-value', { field: 'Omschrijving', initiative: 'Werkplaats', kept: long, text: 'ander' }, { value: 'ander' })).toThrow(UserError);
    // Without a budget (a scratch log) nothing is counted.
    expect(() => new IssueLog().add('warning', 'note-row', {}, { value: long })).not.toThrow();
  });
});
