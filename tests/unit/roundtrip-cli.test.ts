/**
 * `regioscan diff` and `regioscan import { readDatabase } from '../helpers/db';
import --update` on a database file, as a person runs them: an
 * export edited and diffed, applied as one change group with origin roundtrip after a backup and
 * undone by `regioscan undo`; rows missing from the file deleted only with --delete-missing; a file
 * whose IDs span two scans refused with one sentence; a workbook without IDs merged with --scan.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readDatabase } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';
import { contentChecksum, FIXTURE_SCAN, importFixture } from '../helpers/history-fixture';
import { editWithSheetJs, exportScan, fixtureDatabase } from '../helpers/roundtrip-file';

const read = readDatabase;

const FIXTURES = join(__dirname, '..', 'fixtures');
const json = (out: string) => JSON.parse(out) as Record<string, unknown>;

describe('regioscan diff', () => {
  it('an unedited export: nothing added, changed or removed, and nothing written', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);
    const before = await read(path, dbChecksum);
    const run = await cli(['diff', file, '--json']);
    expect(run.code, run.err).toBe(0);
    expect(json(run.out)).toEqual({ scan: f.scan, added: [], changed: [], removed: [], issues: [] });
    expect(await read(path, dbChecksum)).toEqual(before);
  });

  it('an edited export: exactly its changes, additions and removals', async () => {
    const { dir, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);
    editWithSheetJs(file, [
      { sheet: 'Activiteiten', id: f.activity.lab, header: 'Bereik', value: '1.500' },
      { sheet: 'Activiteiten', id: f.activity.lab, header: 'Knelpunten', value: '6' },
      { sheet: 'Initiatieven', id: f.initiative.impuls, header: 'Omschrijving', value: 'Fonds van de provincie' },
    ], [f.activity.workshop]);
    const run = await cli(['diff', file, '--json']);
    expect(run.code, run.err).toBe(0);
    expect(json(run.out)).toEqual({
      scan: f.scan,
      added: [],
      changed: [
        { id: f.initiative.impuls, field: 'initiative.description', old: null, new: 'Fonds van de provincie' },
        { id: f.activity.lab, field: 'bottleneck', old: '1, 6', new: '6' },
        { id: f.activity.lab, field: 'reach', old: 120, new: 1500 },
      ],
      removed: [{ id: f.activity.workshop, initiative: 'HZ Digitaal Lab', name: 'Workshop AI' }],
      issues: [],
    });
  });

  it('refuses a file whose IDs span two scans with one sentence, exit 2', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const other = await read(path, (db) => importFixture(db, { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, year: 2025, title: 'Zeeland 2025' } }));
    const run0 = await cli(['export', '--scan', String(f.scan), '--scan', String(other.scan), '--out', join(dir, 'both.xlsx')]);
    expect(run0.code).toBe(0);
    const before = await read(path, dbChecksum);
    for (const argv of [['diff', join(dir, 'both.xlsx')], ['import', join(dir, 'both.xlsx'), '--update']]) {
      const run = await cli(argv);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err).toBe(`regioscan ${argv[0]}: "both.xlsx" bevat rijen van 2 scans (${f.scan}, ${other.scan}); exporteer één scan en bewerk dat bestand.\n`);
    }
    expect(await read(path, dbChecksum)).toEqual(before);
  });
});

describe('regioscan diff on hostile input', () => {
  it('refuses what the importer refuses, through the same guarded reader: one sentence, exit 2, nothing written', async () => {
    const { path, cli } = await fixtureDatabase();
    const before = await read(path, dbChecksum);
    for (const name of ['refused-zip-bomb.xlsx', 'refused-encrypted.xlsx', 'refused-word.docx']) {
      for (const argv of [['diff', join(FIXTURES, name), '--scan', '1'], ['import', join(FIXTURES, name), '--update', '--scan', '1']]) {
        const run = await cli(argv);
        expect(run.code, name).toBe(2);
        expect(run.out).toBe('');
        expect(run.err).toMatch(new RegExp(`^regioscan ${argv[0]}: "${name.replace('.', '\\.')}" [^\n]+\n$`));
      }
    }
    expect(await read(path, dbChecksum)).toEqual(before);
  });
});

describe('regioscan import --update', () => {
  it('applies the diff as one change group with origin roundtrip after a backup; undo puts the scan back', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);
    editWithSheetJs(file, [
      { sheet: 'Activiteiten', id: f.activity.workshop, header: 'Activiteit', value: 'Workshop AI en data' },
      { sheet: 'Activiteiten', id: f.activity.lab, header: 'Sector', value: 'Industrie; Zeevaart' },
      { sheet: 'Activiteiten', id: f.activity.loket, header: 'Initiatief', value: 'HZ Digitaal Lab' },
    ]);
    const before = await read(path, contentChecksum);
    const run = await cli(['import', file, '--update', '--json']);
    expect(run.code, run.err).toBe(0);
    const result = json(run.out) as { changed: unknown[]; applied: { group: number; changed: number; backup: string } };
    expect(result.applied).toMatchObject({ changed: 3, added: 0, removed: 0 });
    expect(result.applied.backup).toMatch(/--before-roundtrip\.sqlite$/);
    expect(existsSync(result.applied.backup)).toBe(true);
    const rows = await read(path, (db) => db.prepare('SELECT id, name, initiative_id FROM activity ORDER BY id').all());
    expect(rows).toContainEqual({ id: f.activity.workshop, name: 'Workshop AI en data', initiative_id: f.initiative.lab });
    expect(rows).toContainEqual({ id: f.activity.loket, name: 'Subsidieloket', initiative_id: f.initiative.lab });
    // One group, origin roundtrip, with an entry per changed field.
    const history = JSON.parse((await cli(['history', '--scan', String(f.scan), '--json'])).out) as { change: number; origin: string; activity: number | null; field: string; old: unknown; new: unknown }[];
    const roundtrip = history.filter((e) => e.origin === 'roundtrip');
    expect(roundtrip.map((e) => [e.activity, e.field, e.old, e.new])).toEqual([
      [f.activity.lab, 'sector', 'C, G, Zeevaart', 'C, Zeevaart'],
      [f.activity.workshop, 'name', 'Workshop AI', 'Workshop AI en data'],
      [f.activity.loket, 'initiative', 'Impuls Zeeland', 'HZ Digitaal Lab'],
    ]);
    // Diffing the same file again finds nothing left to do.
    expect(json((await cli(['diff', file, '--json'])).out)).toMatchObject({ changed: [], added: [], removed: [] });
    const undo = await cli(['undo']);
    expect(undo.code, undo.err).toBe(0);
    expect(await read(path, contentChecksum)).toEqual(before);
  });

  it('keeps rows missing from the file unless --delete-missing is given', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);
    editWithSheetJs(file, [], [f.activity.loket]);
    const count = () => read(path, (db) => db.prepare('SELECT count(*) FROM activity WHERE id = ?').pluck().get(f.activity.loket));
    const kept = await cli(['import', file, '--update']);
    expect(kept.code, kept.err).toBe(0);
    expect(kept.out).toMatch(/1 row missing from the file kept \(--delete-missing deletes them\)/);
    expect(await count()).toBe(1);
    const deleted = await cli(['import', file, '--update', '--delete-missing', '--json']);
    expect(deleted.code, deleted.err).toBe(0);
    expect((json(deleted.out) as { applied: { removed: number } }).applied.removed).toBe(1);
    expect(await count()).toBe(0);
    const history = JSON.parse((await cli(['history', '--scan', String(f.scan), '--json'])).out) as { origin: string; activity: number | null }[];
    expect(history.filter((e) => e.origin === 'roundtrip').map((e) => e.activity)).toContain(f.activity.loket);
    expect((await cli(['undo'])).code).toBe(0);
    expect(await count()).toBe(1);
  });

  it('merges a workbook without IDs into --scan: rows as additions, matched to initiatives by name', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const file = join(dir, 'nieuw.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ['Initiatief', 'Activiteit', 'Type activiteit', 'Sector', 'Startjaar'],
      ['Impuls Zeeland', 'Voucherregeling', 'Subsidies & financiering', 'C; J', '2025'],
      ['Data Hub Zeeland', 'Spreekuur', 'Advisering/consultancy', null, null],
    ]), 'Activiteiten');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Initiatief', 'Website'], ['Data Hub Zeeland', 'https://datahub.example']]), 'Initiatieven');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const refused = await cli(['diff', file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('regioscan diff: "nieuw.xlsx" heeft geen ID\'s van deze database; geef met --scan ID de scan waarin het moet worden samengevoegd.\n');
    const diff = await cli(['diff', file, '--scan', String(f.scan), '--json']);
    expect(json(diff.out)).toEqual({
      scan: f.scan,
      added: [{ initiative: 'Impuls Zeeland', name: 'Voucherregeling' }, { initiative: 'Data Hub Zeeland', name: 'Spreekuur' }],
      changed: [],
      removed: [],
      issues: [],
    });
    const run = await cli(['import', file, '--update', '--scan', String(f.scan)]);
    expect(run.code, run.err).toBe(0);
    const added = await read(path, (db) => db.prepare(`SELECT a.name, i.name AS initiative, i.website, a.start_year FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.name IN ('Voucherregeling', 'Spreekuur') ORDER BY a.id`).all());
    expect(added).toEqual([
      { name: 'Voucherregeling', initiative: 'Impuls Zeeland', website: null, start_year: 2025 },
      { name: 'Spreekuur', initiative: 'Data Hub Zeeland', website: 'https://datahub.example', start_year: null },
    ]);
  });
});
