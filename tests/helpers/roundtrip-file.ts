/**
 * The round trip's test files: a database file holding the history fixture, its scan exported by
 * `regioscan export`, and cells of that export changed by SheetJS (as a script would) or by
 * LibreOffice (`soffice --headless`: the export converted to .ods, its content.xml edited as text,
 * and converted back to .xlsx — a writer other than SheetJS).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import * as XLSX from 'xlsx';
import { openDatabase } from '../../src-main/db/open';
import { tempDir } from './db';
import { importFixture, type Fixture } from './history-fixture';
import { readZip, writeZip } from './ooxml';
import { cliOn } from './run-cli';

export async function fixtureDatabase(): Promise<{ dir: string; path: string; f: Fixture; cli: ReturnType<typeof cliOn> }> {
  const dir = tempDir('regioscan-roundtrip-');
  const path = join(dir, 'r.sqlite');
  const db = await openDatabase(path);
  const f = importFixture(db);
  db.close();
  return { dir, path, f, cli: cliOn(path) };
}

/** `regioscan export --scan … --out FILE.xlsx` (extra arguments: a filter). */
export async function exportScan(cli: ReturnType<typeof cliOn>, out: string, scan: number, ...filter: string[]): Promise<string> {
  const run = await cli(['export', '--scan', String(scan), ...filter, '--out', out]);
  expect(run.err).toBe('');
  return out;
}

export type CellEdit = { sheet: string; id: number | null; header: string; value: string | number | null };

/** Changes cells of an .xlsx with SheetJS: the row by its ID (column A), the column by its header. */
export function editWithSheetJs(path: string, edits: readonly CellEdit[], removeIds: readonly number[] = []): void {
  const wb = XLSX.read(readFileSync(path));
  for (const e of edits) {
    const ws = wb.Sheets[e.sheet]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    const c = rows[0]!.indexOf(e.header);
    const r = e.id === null ? rows.length : rows.findIndex((row) => row[0] === e.id);
    expect(c, e.header).toBeGreaterThanOrEqual(0);
    expect(r, String(e.id)).toBeGreaterThan(0);
    XLSX.utils.sheet_add_aoa(ws, [[e.value]], { origin: { r, c } });
  }
  for (const id of removeIds) {
    const ws = wb.Sheets.Activiteiten!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null }).filter((row) => row[0] !== id);
    wb.Sheets.Activiteiten = XLSX.utils.aoa_to_sheet(rows);
  }
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** `soffice --headless --convert-to EXT` into `dir`, with a profile of its own (tests may run side by side). */
export function soffice(file: string, ext: 'ods' | 'xlsx' | 'csv', dir: string): string {
  // CSV: `;`-separated, `"`-quoted, UTF-8 (filter options 59,34,76), the first sheet.
  const target = ext === 'csv' ? 'csv:Text - txt - csv (StarCalc):59,34,76,1' : ext;
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', target, '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  return join(dir, file.split('/').pop()!.replace(/\.[^.]+$/, `.${ext}`));
}

/**
 * Re-saves an .xlsx through LibreOffice (xlsx → ods → xlsx), replacing text in the .ods's
 * content.xml on the way (each `[from, to]` must occur). Returns the .xlsx LibreOffice wrote.
 */
export function editWithLibreOffice(xlsx: string, replacements: readonly [string, string][], dir: string): string {
  const ods = soffice(xlsx, 'ods', dir);
  const entries = readZip(readFileSync(ods));
  const edited = entries.map((e) => {
    if (e.name !== 'content.xml') return { name: e.name, data: e.data, store: e.name === 'mimetype' };
    let xml = e.data.toString('utf8');
    for (const [from, to] of replacements) {
      expect(xml.includes(from), from).toBe(true);
      xml = xml.split(from).join(to);
    }
    return { name: e.name, data: Buffer.from(xml, 'utf8') };
  });
  const odsDir = join(dir, 'edited');
  execFileSync('mkdir', ['-p', odsDir]);
  const editedOds = join(odsDir, 'scan.ods');
  writeFileSync(editedOds, writeZip(edited));
  return soffice(editedOds, 'xlsx', odsDir);
}
