/**
 * The round trip with a writer other than SheetJS: the export re-saved by LibreOffice (headless,
 * xlsx → ods → xlsx) gives no change at all; edited on the way (a name, a multi-valued cell with
 * another separator, a reach, a website, a year stored as text instead of a number) it gives exactly
 * the intended changes, which `import --update` applies.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { editWithLibreOffice, exportScan, fixtureDatabase, soffice } from '../helpers/roundtrip-file';

describe('an export edited in LibreOffice', () => {
  it('re-saved unchanged: no change; edited: exactly the edits, applied by import --update', async () => {
    const { dir, path, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);

    const resaved = editWithLibreOffice(file, [], join(dir, 'resaved'));
    const same = await cli(['diff', resaved, '--json']);
    expect(same.code, same.err).toBe(0);
    expect(JSON.parse(same.out)).toEqual({ scan: f.scan, added: [], changed: [], removed: [], issues: [] });

    const edited = editWithLibreOffice(file, [
      ['<text:p>Workshop AI</text:p>', '<text:p>Workshop AI en data</text:p>'],
      ['Industrie; Groot- en detailhandel; reparatie van auto&apos;s; Zeevaart', 'Industrie, Zeevaart'],
      ['office:value="120" calcext:value-type="float"><text:p>120</text:p>', 'office:value="150" calcext:value-type="float"><text:p>150</text:p>'],
      ['https://hz.example</text:p>', 'https://hz.example/lab</text:p>'],
      // The start year as text instead of a number: not a change.
      ['office:value-type="float" office:value="2020" calcext:value-type="float"><text:p>2020</text:p>', 'office:value-type="string" calcext:value-type="string"><text:p>2020</text:p>'],
    ], join(dir, 'edited'));
    const diff = await cli(['diff', edited, '--json']);
    expect(diff.code, diff.err).toBe(0);
    expect(JSON.parse(diff.out)).toEqual({
      scan: f.scan,
      added: [],
      changed: [
        { id: f.initiative.lab, field: 'initiative.website', old: 'https://hz.example', new: 'https://hz.example/lab' },
        { id: f.activity.lab, field: 'sector', old: 'C, G, Zeevaart', new: 'C, Zeevaart' },
        { id: f.activity.lab, field: 'reach', old: 120, new: 150 },
        { id: f.activity.workshop, field: 'name', old: 'Workshop AI', new: 'Workshop AI en data' },
      ],
      removed: [],
      issues: [],
    });

    const run = await cli(['import', edited, '--update']);
    expect(run.code, run.err).toBe(0);
    const db = await openDatabase(path);
    try {
      expect(db.prepare('SELECT name, reach, start_year FROM activity WHERE id IN (?, ?) ORDER BY id').all(f.activity.lab, f.activity.workshop)).toEqual([
        { name: 'Open lab', reach: 150, start_year: 2020 },
        { name: 'Workshop AI en data', reach: null, start_year: null },
      ]);
      expect(db.prepare('SELECT website FROM initiative WHERE id = ?').pluck().get(f.initiative.lab)).toBe('https://hz.example/lab');
    } finally {
      db.close();
    }
    expect(JSON.parse((await cli(['diff', edited, '--json'])).out)).toMatchObject({ changed: [], added: [], removed: [] });
  }, 240_000);

  it('saved by LibreOffice as CSV (the Activiteiten sheet) and edited as text: exactly the edit, and no removals without the Filter sheet', async () => {
    const { dir, f, cli } = await fixtureDatabase();
    const file = await exportScan(cli, join(dir, 'scan.xlsx'), f.scan);
    const csv = soffice(file, 'csv', join(dir, 'csv'));
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^"?ID"?;"?Initiatief"?;"?Activiteit"?;/);
    // The workshop renamed (its cell as LibreOffice quotes it), and the loket's row left out.
    expect(text).toContain(';"Workshop AI";');
    const edited = text
      .split('\n')
      .filter((line) => !line.startsWith(`${f.activity.loket};`))
      .join('\n')
      .replace(';"Workshop AI";', ';"Workshop AI en data";');
    writeFileSync(csv, edited);
    const run = await cli(['diff', csv, '--json']);
    expect(run.code, run.err).toBe(0);
    const diff = JSON.parse(run.out) as { changed: unknown[]; removed: unknown[]; added: unknown[]; issues: { message: string }[] };
    expect(diff.changed).toEqual([{ id: f.activity.workshop, field: 'name', old: 'Workshop AI', new: 'Workshop AI en data' }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.issues.map((i) => i.message)).toEqual(['The Filter sheet does not record which rows the export held; rows deleted from the file are not shown as removed.']);
  }, 240_000);
});
