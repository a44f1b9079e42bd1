/**
 * The round trip's contract channels, called through dispatch as the Importeren screen calls them:
 * roundtrip.diff tells an export (a preview with labels) from an ordinary workbook (null: imported as
 * before) and writes nothing; roundtrip.apply writes one change group, refreshes the facets in place
 * and announces its data domains; a refused file is one sentence and no write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitiesXlsx, buildActivitiesExport } from '../../src-main/activities/export';
import type { Db } from '../../src-main/db/open';
import { editActivity } from '../../src-main/edits';
import { dataVersions } from '../../src-main/data-versions';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import type { FacetsResult } from '../../src-shared/model';
import type { RoundtripApplied, RoundtripPreview } from '../../src-shared/roundtrip';
import * as XLSX from 'xlsx';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { importFixture, type Fixture } from '../helpers/history-fixture';

const FIXTURES = join(__dirname, '..', 'fixtures');

async function call<T>(db: Db, channel: string, args: unknown): Promise<T> {
  const res = await dispatch(db, channel, args, TEST_ENV);
  if (!res.ok) throw Object.assign(new Error(res.error.message.en), { code: res.error.code, nl: res.error.message.nl });
  return res.value as T;
}

function exported(db: Db, f: Fixture, edit: (rows: unknown[][]) => void): string {
  const filter = { ...emptyFilter(), scans: [f.scan] };
  const wb = XLSX.read(activitiesXlsx(buildActivitiesExport(db, filter, 'nl'), filter, { version: 'test', date: new Date(0), lang: 'nl', scanNames: [] }));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Activiteiten!, { header: 1, defval: null });
  edit(rows);
  wb.Sheets.Activiteiten = XLSX.utils.aoa_to_sheet(rows);
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

const sectorCount = async (db: Db, code: string) => (await call<FacetsResult>(db, 'query.facets', { filter: emptyFilter() })).facets.sector.find((c) => c.code === code)?.count ?? 0;

describe('round-trip channels', () => {
  it('roundtrip.diff: an export gives a preview with labels; an ordinary workbook gives null; nothing is written', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const before = dbChecksum(db);
    const data = exported(db, f, (rows) => {
      const c = rows[0]!.indexOf('Sector');
      rows.find((r) => r[0] === f.activity.lab)![c] = 'Industrie; Bouwnijverheid; Zeevaart';
    });
    const preview = await call<RoundtripPreview>(db, 'roundtrip.diff', { fileName: 'scan.xlsx', data, language: 'nl' });
    expect(preview).toMatchObject({ scan: f.scan, scanLabel: 'Zeeland 2024', fileName: 'scan.xlsx', added: [], removed: [], issues: [], fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(preview.changed).toEqual([
      {
        kind: 'activity', id: f.activity.lab, field: 'sector', subject: 'Open lab', old: 'C, G, Zeevaart', new: 'C, F, Zeevaart',
        oldLabel: "Industrie; Groot- en detailhandel; reparatie van auto's; Zeevaart", newLabel: 'Industrie; Bouwnijverheid; Zeevaart', sheet: 'Activiteiten', row: 2,
      },
    ]);
    const english = await call<RoundtripPreview>(db, 'roundtrip.diff', { fileName: 'scan.xlsx', data, language: 'en' });
    expect(english.changed[0]!.newLabel).toBe('Manufacturing; Construction; Zeevaart');
    const plain = readFileSync(join(FIXTURES, 'canonical-nl.xlsx')).toString('base64');
    expect(await call(db, 'roundtrip.diff', { fileName: 'canonical-nl.xlsx', data: plain })).toBeNull();
    expect(dbChecksum(db)).toEqual(before);
  });

  it('roundtrip.apply: one change group, the facets follow, the domains are announced', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    expect(await sectorCount(db, 'F')).toBe(0);
    const data = exported(db, f, (rows) => {
      const c = rows[0]!.indexOf('Sector');
      rows.find((r) => r[0] === f.activity.lab)![c] = 'C; F; Zeevaart';
    });
    const versions = dataVersions(db);
    const res = await dispatch(db, 'roundtrip.apply', { fileName: 'scan.xlsx', data, deleteMissing: false }, TEST_ENV);
    expect(res.ok).toBe(true);
    const applied = (res as { value: RoundtripApplied }).value;
    expect(applied).toMatchObject({ scan: f.scan, changed: 1, added: 0, removed: 0 });
    expect(applied.group).toBeGreaterThan(0);
    expect(await sectorCount(db, 'F')).toBe(1);
    expect(await sectorCount(db, 'G')).toBe(0);
    expect(db.prepare('SELECT origin FROM change_group WHERE id = ?').pluck().get(applied.group)).toBe('roundtrip');
    // The screens that read activities, scans or the history refetch.
    await expect.poll(() => dataVersions(db).activities).toBeGreaterThan(versions.activities);
    expect(dataVersions(db).history).toBeGreaterThan(versions.history);
  });

  it('roundtrip.apply is refused, nothing written, when the scan changed since the preview', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const data = exported(db, f, (rows) => {
      rows.find((r) => r[0] === f.activity.lab)![rows[0]!.indexOf('Bereik')] = 150;
    });
    const preview = await call<RoundtripPreview>(db, 'roundtrip.diff', { fileName: 'scan.xlsx', data });
    editActivity(db, f.activity.workshop, ['name=Workshop AI en data']);
    const before = dbChecksum(db);
    await expect(call(db, 'roundtrip.apply', { fileName: 'scan.xlsx', data, deleteMissing: false, fingerprint: preview.fingerprint })).rejects.toMatchObject({ code: 'roundtrip-changed' });
    expect(dbChecksum(db)).toEqual(before);
    const again = await call<RoundtripPreview>(db, 'roundtrip.diff', { fileName: 'scan.xlsx', data });
    expect(again.changed.map((c) => c.field)).toEqual(['reach', 'name']);
    await call(db, 'roundtrip.apply', { fileName: 'scan.xlsx', data, deleteMissing: false, fingerprint: again.fingerprint });
    expect(db.prepare('SELECT name, reach FROM activity WHERE id = ?').get(f.activity.lab)).toEqual({ name: 'Open lab', reach: 150 });
  });

  it('roundtrip.choose (desktop): the chosen file with its preview, or without one for an ordinary import, or null when cancelled', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const exportBytes = Buffer.from(exported(db, f, () => undefined), 'base64');
    const plain = readFileSync(join(FIXTURES, 'canonical-nl.xlsx'));
    const env = (file: { fileName: string; bytes: Buffer } | null) => ({ ...TEST_ENV, chooseFile: () => Promise.resolve(file) });
    const choose = async (file: { fileName: string; bytes: Buffer } | null, args: object = {}) => {
      const res = await dispatch(db, 'roundtrip.choose', args, env(file));
      if (!res.ok) throw new Error(res.error.message.en);
      return res.value as { fileName: string; data: string; preview: RoundtripPreview | null } | null;
    };
    const mine = await choose({ fileName: 'scan.xlsx', bytes: exportBytes });
    expect(mine).toMatchObject({ fileName: 'scan.xlsx', data: exportBytes.toString('base64'), preview: { scan: f.scan, changed: [], added: [], removed: [] } });
    expect(await choose({ fileName: 'canonical-nl.xlsx', bytes: plain })).toEqual({ fileName: 'canonical-nl.xlsx', data: plain.toString('base64'), preview: null });
    // With "Bijwerken: scan X" any workbook is previewed as additions to that scan.
    expect((await choose({ fileName: 'canonical-nl.xlsx', bytes: plain }, { scan: f.scan }))?.preview?.added.length).toBeGreaterThan(0);
    expect(await choose(null)).toBeNull();
    const served = await dispatch(db, 'roundtrip.choose', {}, TEST_ENV);
    expect(served.ok).toBe(false);
  });

  it('a refused file is one sentence in both languages, and nothing is written', async () => {
    const db = await memoryDb();
    importFixture(db);
    const before = dbChecksum(db);
    for (const name of ['refused-zip-bomb.xlsx', 'refused-encrypted.xlsx']) {
      const data = readFileSync(join(FIXTURES, name)).toString('base64');
      for (const channel of ['roundtrip.diff', 'roundtrip.apply']) {
        const error = await call(db, channel, { fileName: name, data, scan: 1, ...(channel === 'roundtrip.apply' ? { deleteMissing: true } : {}) }).then(() => null, (e: Error & { nl: string }) => e);
        expect(error?.message).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" .*\\.$`));
        expect(error?.nl).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" `));
      }
    }
    expect(dbChecksum(db)).toEqual(before);
  });
});
