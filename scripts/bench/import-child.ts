/** One measured run for bench/import.ts: `floor` or `full`, in a fresh process and a fresh database. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { openDatabase } from '../../src-main/db/open';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';

const [mode, file, dir] = process.argv.slice(2) as [string, string, string];
const dbPath = join(dir, `bench-${mode}-${process.pid}.sqlite`);
rmSync(dbPath, { force: true });
const db = await openDatabase(dbPath);
const bytes = readFileSync(file);
const started = performance.now();
let detail = '';

if (mode === 'floor') {
  // The floor: what any importer must at least do — SheetJS reads the file, and the same rows go
  // into the same tables in one transaction, with no header finding, matching or reporting.
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellText: false });
  const rowsOf = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: null }).slice(1);
  const initiatives = rowsOf('Initiatieven');
  const activities = rowsOf('Activiteiten');
  const providers = rowsOf('Aanbieders');
  const readMs = performance.now() - started;
  const valueIds = new Map((db.prepare('SELECT id, dimension, label_nl FROM dimension_value').all() as { id: number; dimension: string; label_nl: string }[]).map((r) => [r.label_nl, r.id]));
  const firstValue = [...valueIds.values()];
  db.transaction(() => {
    const scanId = Number(db.prepare(`INSERT INTO scan (region, year, title, imported_at) VALUES ('Stress', 2099, 'floor', 'now')`).run().lastInsertRowid);
    const insI = db.prepare('INSERT INTO initiative (scan_id, name, description, website, start_year) VALUES (?, ?, ?, ?, ?)');
    const insA = db.prepare('INSERT INTO activity (scan_id, initiative_id, name, description, start_year, reach) VALUES (?, ?, ?, ?, ?, ?)');
    const insV = db.prepare('INSERT OR IGNORE INTO activity_value (activity_id, value_id) VALUES (?, ?)');
    const insT = db.prepare('INSERT INTO activity_text (rowid, name, description, initiative, initiative_description) VALUES (?, ?, ?, ?, ?)');
    const insO = db.prepare('INSERT OR IGNORE INTO organisation (name, match_key) VALUES (?, ?)');
    const insP = db.prepare('INSERT OR IGNORE INTO provider (activity_id, organisation_id, role) VALUES (?, (SELECT id FROM organisation WHERE match_key = ?), ?)');
    const iIds = new Map<string, number>();
    for (const r of initiatives) iIds.set(String(r[0]), Number(insI.run(scanId, r[0], r[1], r[2], r[3]).lastInsertRowid));
    const aIds = new Map<string, number>();
    let k = 0;
    for (const r of activities) {
      const id = Number(insA.run(scanId, iIds.get(String(r[0])), r[1], r[3], r[4], r[16]).lastInsertRowid);
      aIds.set(`${r[0]}\u0000${r[1]}`, id);
      // The same number of value rows as the cells hold, with no matching: one id per listed value.
      for (let c = 2; c <= 15; c++) {
        const cell = r[c];
        if (cell === null || cell === undefined || c === 3 || c === 4) continue;
        for (const _ of String(cell).split('; ')) insV.run(id, firstValue[k++ % firstValue.length]!);
      }
      insT.run(id, r[1], r[3] ?? '', r[0], '');
    }
    for (const r of providers) {
      insO.run(r[2], String(r[2]).toLowerCase());
      for (const role of String(r[4]).split('; ')) insP.run(aIds.get(`${r[0]}\u0000${r[1]}`), String(r[2]).toLowerCase(), role);
    }
  })();
  detail = `read ${Math.round(readMs)} ms, insert ${Math.round(performance.now() - started - readMs)} ms`;
} else {
  const phases: Record<string, number> = {};
  let last = started;
  let phase = 'read';
  const onProgress = (p: { phase: string }) => {
    if (p.phase !== phase) {
      const now = performance.now();
      phases[phase] = Math.round(now - last);
      last = now;
      phase = p.phase;
    }
  };
  const prepared = await prepareImport(db, bytes, file.split('/').pop()!, { onProgress });
  const [result] = commitImport(db, prepared, () => 'keep-both', { onProgress });
  phases[phase] = Math.round(performance.now() - last);
  detail = `${Object.entries(phases).map(([k, v]) => `${k} ${v} ms`).join(', ')}; ${result!.counts.activities} activities, ${result!.issues.length} report rows`;
}
const ms = Math.round(performance.now() - started);
db.close();
rmSync(dbPath, { force: true });
for (const ext of ['-wal', '-shm']) rmSync(dbPath + ext, { force: true });
console.log(JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), detail }));
