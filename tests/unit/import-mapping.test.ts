/**
 * Issue 14, the mapping step: a mapping is data — `{ columns: [{header, target}], values:
 * [{dimension, value, code}], places: [{value, parent}] }` — that recomputes the preview from the
 * grids already read (`import.remap`) and is applied when the import is committed. Region and year
 * come from a title row, the Scan sheet or the file name (in that order), are editable before the
 * commit, and renaming a scan afterwards changes its region. A .docx gets a sentence of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { openDatabase } from '../../src-main/db/open';
import { UserError } from '../../src-main/errors';
import { dispatch } from '../../src-main/rpc/dispatch';
import type { HandlerEnv } from '../../src-main/rpc/types';
import { commitImport, prepareImport, remapImport } from '../../src-main/import/pipeline';
import { buildPreview } from '../../src-main/import/preview';
import { metaFromTitleRows, regionFromFileName } from '../../src-main/import/scan-meta';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { EMPTY_MAPPING, type ImportMapping } from '../../src-shared/import-mapping';
import type { ImportStatus, ScanSummary } from '../../src-shared/model';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { settle } from '../helpers/import-via-contract';
import { writeXlsx } from '../helpers/ooxml';
import { codes, fixture, scans } from '../fixtures/import-harness';

async function call<T>(db: Db, channel: string, args: unknown, env: HandlerEnv = TEST_ENV): Promise<T> {
  const reply = await dispatch(db, channel, args, env);
  if (!reply.ok) throw new UserError(reply.error.code, reply.error.message);
  return reply.value as T;
}

const MAPPING: ImportMapping = {
  columns: [
    { header: 'Kolom K', target: 'description' },
    { header: 'Branche', target: 'extra' },
  ],
  values: [
    { dimension: 'sector', value: 'Toerisme', code: 'I' },
    { dimension: 'type', value: 'Digitale scans', code: 'scans' },
  ],
  places: [{ value: 'Oosterschelde-regio', parent: 'provincie-zeeland' }],
};

describe('the mapping recomputes the preview from the grids already read', () => {
  it('maps a column to a field, values to codes and a new name to a parent; the counts follow', async () => {
    const db = await memoryDb();
    const first = await prepareImport(db, fixture('zeeland-flat.xlsx'), 'zeeland-flat.xlsx');
    const before = buildPreview(db, first).scans[0]!;
    expect(before.counts.activities).toBe(6);
    expect(before.columns.map((c) => [c.header, c.target, c.found, c.values])).toEqual([
      ['Branche', 'extra', 'unknown', 5],
      ['Contactpersoon', 'extra', 'unknown', 4],
      ['Kolom K', 'extra', 'headerless', 7],
    ]);
    expect(before.unmapped).toEqual([
      // Two cells say Toerisme (one on Havenscan's row, which is not imported yet).
      { dimension: 'sector', value: 'Toerisme', count: 2, effect: 'unmapped' },
      { dimension: 'type', value: 'Digitale scans', count: 1, effect: 'row-error' },
    ]);
    expect(before.facets.sector).toContainEqual({ code: null, label: 'Toerisme', count: 1 });
    expect(before.regions).toEqual([
      { name: 'Walcheren', count: 2, parent: 'provincie-zeeland', parentLabel: 'Provincie Zeeland', source: 'known' },
      { name: 'Zeeuws-Vlaanderen', count: 1, parent: 'provincie-zeeland', parentLabel: 'Provincie Zeeland', source: 'known' },
      { name: 'Oosterschelde-regio', count: 1, parent: null, parentLabel: null, source: null },
    ]);

    // No file bytes go in: the prepared import holds the grids, and only those are read again.
    const remapped = remapImport(db, first, MAPPING);
    expect(remapped.grids).toBe(first.grids);
    const after = buildPreview(db, remapped).scans[0]!;
    expect(buildPreview(db, remapped).mapping).toEqual(MAPPING);
    // Havenscan (an unknown type before) is imported now; Toerisme counts as sector I.
    expect(after.counts.activities).toBe(7);
    expect(after.unmapped).toEqual([]);
    expect(after.facets.sector).toContainEqual({ code: 'I', label: 'Logies-, maaltijd- en drankverstrekking', count: 2 });
    expect(after.facets.type).toContainEqual({ code: 'scans', label: 'Scans & assessments', count: 1 });
    expect(after.columns.find((c) => c.header === 'Kolom K')).toMatchObject({ target: 'description', found: 'headerless' });
    expect(after.extra.map((e) => e.name)).toEqual(['Branche', 'Contactpersoon']);
    expect(after.regions.find((r) => r.name === 'Oosterschelde-regio')).toMatchObject({ parent: 'provincie-zeeland', source: 'rule' });
    expect(after.issues.filter((i) => i.code === 'value-mapped')).toHaveLength(3);
    expect(after.issues.filter((i) => i.code === 'column-mapped').map((i) => i.params)).toEqual([{ header: 'Kolom K', target: 'Omschrijving' }]);

    // Committed with the mapping: the data is what the preview showed.
    commitImport(db, remapped, () => 'keep-both');
    expect(codes(db, 'Studentenopdrachten').sector).toEqual(['I']);
    expect(codes(db, 'Havenscan').type).toEqual(['scans']);
    expect(db.prepare(`SELECT description FROM activity WHERE name = 'Spreekuur'`).get()).toEqual({ description: 'Wekelijks digitaliseringsspreekuur' });
    expect(db.prepare(`SELECT p.code FROM dimension_value c JOIN dimension_value p ON p.id = c.parent_id WHERE c.code = 'Oosterschelde-regio'`).get()).toEqual({ code: 'provincie-zeeland' });
  });

  it('refuses a value rule with a code its dimension does not have, and a place that would be a cycle, with one sentence', async () => {
    const db = await memoryDb();
    const prepared = await prepareImport(db, fixture('zeeland-flat.xlsx'), 'zeeland-flat.xlsx');
    const wrong = (mapping: Partial<ImportMapping>) => () => remapImport(db, prepared, { ...EMPTY_MAPPING, ...mapping });
    expect(wrong({ values: [{ dimension: 'sector', value: 'Toerisme', code: 'ZZ' }] })).toThrow('"ZZ" is not a code of Sector');
    expect(wrong({ places: [{ value: 'Walcheren', parent: 'Oosterschelde-regio' }, { value: 'Oosterschelde-regio', parent: 'Walcheren' }] })).toThrow(/cannot go under/);
    expect(wrong({ places: [{ value: 'Walcheren', parent: 'atlantis' }] })).toThrow('"atlantis" is not a region Regioscan knows');
  });

  it('runs the same through the contract and the import worker: import.remap answers with the new preview, import.commit writes with the mapping', async () => {
    const db = await openDatabase(join(tempDir(), 'remap.sqlite'));
    const env = { ...TEST_ENV, importWorker: sourceWorkerFactory };
    try {
      const { sessionId } = await call<{ sessionId: string }>(db, 'import.start', { fileName: 'werkversie_utrecht_2019.xlsx', data: fixture('zeeland-flat.xlsx').toString('base64') }, env);
      const ready = await settle(db, sessionId, env);
      expect(ready.state).toBe('ready');
      // The title row ("Regioscan Digitalisering  Zeeland 2024") comes before the file name.
      expect(ready.preview!.scans[0]).toMatchObject({ region: 'Zeeland', year: 2024, title: 'Regioscan Zeeland 2024' });
      const remapped = await call<ImportStatus>(db, 'import.remap', { sessionId, mapping: MAPPING, scans: [{ group: '', region: 'Zeeland', year: 2023 }] }, env);
      expect(remapped.state).toBe('ready');
      expect(remapped.preview!.scans[0]).toMatchObject({ region: 'Zeeland', year: 2023, title: 'Regioscan Zeeland 2023', counts: { activities: 7 } });
      // A wrong mapping is refused with a sentence; the session keeps its preview.
      const refused = await dispatch(db, 'import.remap', { sessionId, mapping: { ...MAPPING, values: [{ dimension: 'effort', value: 'x', code: 'nope' }] } }, env);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-mapping' } });
      expect((await call<ImportStatus>(db, 'import.status', { sessionId }, env)).preview!.scans[0]!.counts.activities).toBe(7);
      expect(db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 0 });
      // The commit may carry the last edits itself.
      await call<ImportStatus>(db, 'import.commit', { sessionId, decisions: {}, scans: [{ group: '', region: 'Provincie  Zeeland', year: 2023, title: 'Eerste uur' }] }, env);
      const done = await settle(db, sessionId, env);
      expect(done.state, JSON.stringify(done.error)).toBe('done');
      expect(scans(db)).toMatchObject([{ region: 'Provincie Zeeland', year: 2023, title: 'Eerste uur' }]);
      expect(db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 7 });
      expect(db.prepare(`SELECT count(*) AS n FROM activity_extra WHERE name = 'Kolom K'`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('region and year: title row, Scan sheet, file name — in that order', () => {
  it('reads a title row', () => {
    expect(metaFromTitleRows(['Regioscan Digitalisering Oost-Nederland 2023'])).toEqual({ region: 'Oost-Nederland', year: 2023 });
    expect(metaFromTitleRows(['Versie 2 — concept', 'Regioscan Zeeland 2023 (concept)'])).toEqual({ region: 'Zeeland', year: 2023 });
    expect(metaFromTitleRows(['RegioScan digitalisation  Noord-Holland'])).toEqual({ region: 'Noord-Holland' });
    expect(metaFromTitleRows(['Overzicht 2023'])).toEqual({});
  });

  it('a title row wins over the Scan sheet (the difference is reported), which wins over the file name', async () => {
    const table = [['Initiatief', 'Activiteit', 'Type activiteit'], ['Lab', 'Open lab', 'Signaleren']];
    const db = await memoryDb();
    const read = async (sheets: Parameters<typeof writeXlsx>[0], name: string) => (await prepareImport(db, writeXlsx(sheets), name)).scans[0]!;
    const both = await read([{ name: 'Scan', rows: [['Regio', 'Zeeland'], ['Jaar', 2022]] }, { name: 'Activiteiten', rows: [['Regioscan Walcheren 2024'], ...table] }], 'x_2019.xlsx');
    expect(both.data.scan).toMatchObject({ region: 'Walcheren', year: 2024 });
    expect(both.issues.filter((i) => i.code === 'title-row-differs').map((i) => i.params)).toEqual([
      { field: 'Regio', kept: 'Walcheren', text: 'Zeeland' },
      { field: 'Jaar', kept: 2024, text: 2022 },
    ]);
    const sheet = await read([{ name: 'Scan', rows: [['Regio', 'Zeeland'], ['Jaar', 2022]] }, { name: 'Activiteiten', rows: table }], 'x_2019.xlsx');
    expect(sheet.data.scan).toMatchObject({ region: 'Zeeland', year: 2022 });
    const file = await read([{ name: 'Activiteiten', rows: table }], 'regioscan  zeeland - concept_2019.xlsx');
    // Generated names hold no double spaces.
    expect(file.data.scan).toMatchObject({ region: 'Zeeland Concept', year: 2019, title: 'Regioscan Zeeland Concept 2019' });
    expect(regionFromFileName('regioscan__west  brabant   2021.xlsx')).toBe('West Brabant');
  });

  it('renaming a scan changes its region and year, and a generated title follows them', async () => {
    const db = await memoryDb();
    const [result] = commitImport(db, await prepareImport(db, fixture('zeeland-flat.xlsx'), 'zeeland-flat.xlsx'), () => 'keep-both');
    const id = result!.scanId;
    const renamed = await call<ScanSummary>(db, 'scans.rename', { id, region: 'Walcheren', year: 2025 });
    expect(renamed).toMatchObject({ region: 'Walcheren', year: 2025, title: 'Regioscan Walcheren 2025' });
    // The scan facet and filter labels say the new region.
    const facets = await call<{ facets: Record<string, { label: string }[]> }>(db, 'query.facets', { filter: { version: 1, scans: [], conditions: [], text: '', includeSubRegions: true } });
    expect(facets.facets.scan!.map((s) => s.label)).toEqual(['Walcheren 2025']);
    // A title the user chose stays when only the region changes; all three at once are taken as given.
    await call<ScanSummary>(db, 'scans.rename', { id, title: 'Zeeuwse scan' });
    expect(await call<ScanSummary>(db, 'scans.rename', { id, region: 'Zeeland' })).toMatchObject({ region: 'Zeeland', year: 2025, title: 'Zeeuwse scan' });
    expect(await call<ScanSummary>(db, 'scans.rename', { id, region: 'Zeeland  Noord', year: null, title: 'Scan  Zeeland' })).toMatchObject({ region: 'Zeeland Noord', year: null, title: 'Scan Zeeland' });
    expect(await dispatch(db, 'scans.rename', { id }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

describe('a file that is not a workbook', () => {
  it('a .docx is refused with a sentence in Dutch and in English, and nothing changes', async () => {
    const db = await memoryDb();
    const { sessionId } = await call<{ sessionId: string }>(db, 'import.start', { fileName: 'verslag.docx', data: fixture('refused-word.docx').toString('base64') });
    const status = await settle(db, sessionId, TEST_ENV);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({
      nl: '"verslag.docx" is een Word-document, geen werkmap; Regioscan leest .xlsx, .xls, .ods en .csv.',
      en: '"verslag.docx" is a Word document, not a workbook; Regioscan reads .xlsx, .xls, .ods and .csv.',
    });
    expect(db.prepare('SELECT count(*) AS n FROM scan').get()).toEqual({ n: 0 });
  });

  it('a zip without a workbook, and a file SheetJS cannot read, never show its English message in Dutch', async () => {
    const db = await memoryDb();
    const refusal = async (bytes: Buffer, name: string) => {
      try {
        await prepareImport(db, bytes, name);
      } catch (error) {
        return (error as UserError).messages;
      }
      throw new Error('not refused');
    };
    const { writeZip } = await import('../helpers/ooxml');
    expect((await refusal(writeZip([{ name: 'notes.txt', data: Buffer.from('x') }]), 'scan.xlsx')).nl).toBe('"scan.xlsx" is een zip-archief, geen werkmap; Regioscan leest .xlsx, .xls, .ods en .csv.');
    // A Word 97–2003 file: an OLE compound file whose main stream is WordDocument (no Workbook).
    const { writeCfb } = await import('../hostile/cfb-biff');
    const ole = writeCfb([{ name: 'WordDocument', data: Buffer.alloc(5000, 1) }]);
    expect((await refusal(ole, 'oud.doc')).nl).toMatch(/^"oud\.doc" is een Word-document, geen werkmap/);
  });
});
