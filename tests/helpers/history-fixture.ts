/**
 * A small imported scan for the history tests — two initiatives (one with an extra field), three
 * activities with multi-valued and unmapped codes, providers with roles, extra fields, a new
 * geography name placed under its province, an import report row tied to an activity and a map
 * position — and the database's content checksum without the history's own tables.
 */
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import type { ScanData } from '../../src-main/workbook/scan-data';
import { dbChecksum, type DbChecksum } from './db-checksum';

export const FIXTURE_FILE = 'zeeland-2024.xlsx';

export const FIXTURE_SCAN: ScanData = {
  scan: { region: 'Zeeland', year: 2024, title: 'Regioscan Zeeland 2024', performedBy: 'HZ', source: null, notes: null },
  initiatives: [
    { name: 'HZ Digitaal Lab', description: 'Lab van de hogeschool', website: 'https://hz.example', startYear: 2019, extra: [{ name: 'Contact', value: 'Bram Jansen' }] },
    { name: 'Impuls Zeeland', description: null, website: null },
  ],
  activities: [
    {
      initiative: 'HZ Digitaal Lab',
      name: 'Open lab',
      description: 'Sensoren en printers',
      startYear: 2020,
      values: { type: ['faciliteiten'], sector: ['C', 'G'], geography: ['provincie-zeeland'], bottleneck: ['1', '6'] },
      unmapped: { sector: ['Zeevaart'] },
      reach: 120,
      reachUnit: 'ondernemingen',
      reachSource: 'kwantitatief',
      providers: [
        { organisation: 'HZ University', organisationType: 'onderwijsinstelling', roles: ['uitvoerder', 'initiatiefnemer'] },
        { organisation: 'Provincie Zeeland', organisationType: 'provincie', roles: ['financier'] },
      ],
      extra: [{ name: 'Kolom R', value: 'ja' }],
    },
    { initiative: 'HZ Digitaal Lab', name: 'Workshop AI', values: { type: ['workshops'], sector: ['geen'], geography: ['provincie-zeeland'] }, providers: [{ organisation: 'HZ University', roles: ['uitvoerder'] }] },
    { initiative: 'Impuls Zeeland', name: 'Subsidieloket', values: { type: ['subsidies'], sector: ['C'], geography: ['Walcheren'] }, reach: 40, providers: [{ organisation: 'Impuls', organisationType: 'ontwikkelingsmaatschappij', roles: ['financier'] }] },
  ],
  places: [{ code: 'Walcheren', parent: 'provincie-zeeland' }],
};

export interface Fixture {
  scan: number;
  activity: { lab: number; workshop: number; loket: number };
  initiative: { lab: number; impuls: number };
}

export function importFixture(db: Db, data: ScanData = FIXTURE_SCAN, fileName = FIXTURE_FILE): Fixture {
  const { scanId } = writeScan(db, data, [], { fileName, sha256: null, importedAt: '2024-03-01T10:00:00.000Z' });
  const id = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
  const activity = (name: string) => id('SELECT id FROM activity WHERE scan_id = ? AND name = ?', scanId, name);
  const initiative = (name: string) => id('SELECT id FROM initiative WHERE scan_id = ? AND name = ?', scanId, name);
  const fixture = {
    scan: scanId,
    activity: { lab: activity('Open lab'), workshop: activity('Workshop AI'), loket: activity('Subsidieloket') },
    initiative: { lab: initiative('HZ Digitaal Lab'), impuls: initiative('Impuls Zeeland') },
  };
  if (fixture.activity.lab === undefined) return fixture;
  db.prepare(`INSERT INTO import_issue (scan_id, severity, code, params, sheet, row, col, value, message, activity_id) VALUES (?, 'warning', 'test', '{}', 'Activiteiten', 4, 'G', 'x', 'A test issue', ?)`).run(scanId, fixture.activity.lab);
  db.prepare('INSERT INTO graph_position (scan_key, initiative_id, x, y) VALUES (?, ?, 1.5, -2.25)').run(String(scanId), fixture.initiative.lab);
  return fixture;
}

/** The history's own tables, and SQLite's counter that AUTOINCREMENT keeps for them. */
export const HISTORY_TABLES = ['change_group', 'history', 'change_context', 'sqlite_sequence'];

/**
 * The content of every table but the history's own. The full-text index's b-tree (activity_text_data,
 * _idx) depends on the order rows were written, not on what they hold; the text itself is compared
 * through activity_text and its _content and _docsize tables.
 */
export function contentChecksum(db: Db): DbChecksum {
  const sum = dbChecksum(db);
  for (const table of [...HISTORY_TABLES, 'activity_text_data', 'activity_text_idx']) delete sum.tables[table];
  return sum;
}

export const valueId = (db: Db, dimension: string, code: string) => db.prepare('SELECT id FROM dimension_value WHERE dimension = ? AND code = ?').pluck().get(dimension, code) as number;
