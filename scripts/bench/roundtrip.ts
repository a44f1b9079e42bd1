/**
 * The Excel round trip's time (figures only, no verdict): a stress scan of N activities exported,
 * every row's reach and every tenth row's name changed with SheetJS, then the read + diff and the
 * apply (one change group through the edits domain) timed. `npm run bench:roundtrip [N]`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { activitiesXlsx, buildActivitiesExport } from '../../src-main/activities/export';
import { openDatabase } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { applyDiff } from '../../src-main/roundtrip/apply';
import { planFile, readFile } from '../../src-main/roundtrip/plan';
import { emptyFilter } from '../../src-shared/filter';
import { BENCH_DIR } from './bench-db';
import { buildStressScan } from './stress-scan';

const n = Number(process.argv[2] ?? 600);
const path = join(BENCH_DIR, `roundtrip-${n}.sqlite`);
rmSync(path, { force: true });
const db = await openDatabase(path);
const { scanId } = writeScan(db, buildStressScan(n, Math.max(1, Math.round(n / 3))), [], { fileName: null, sha256: null });
const filter = { ...emptyFilter(), scans: [scanId] };
const bytes = activitiesXlsx(buildActivitiesExport(db, filter, 'nl'), filter, { version: 'bench', date: new Date(), lang: 'nl', scanNames: [] });
const wb = XLSX.read(bytes);
const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Activiteiten!, { header: 1, defval: null });
const reach = rows[0]!.indexOf('Bereik');
const name = rows[0]!.indexOf('Activiteit');
rows.forEach((row, i) => {
  if (i === 0) return;
  row[reach] = Number(row[reach] ?? 0) + 1;
  if (i % 10 === 0) row[name] = `${String(row[name])} (nieuw)`;
});
wb.Sheets.Activiteiten = XLSX.utils.aoa_to_sheet(rows);
const edited = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

const t0 = performance.now();
const file = await readFile(edited, 'bench.xlsx');
const diff = planFile(db, file)!;
const t1 = performance.now();
const result = applyDiff(db, diff, { deleteMissing: false });
const t2 = performance.now();
console.log(`${n} activities, ${diff.changed.length} changed cells: read + diff ${(t1 - t0).toFixed(0)} ms, apply (one change group) ${(t2 - t1).toFixed(0)} ms, group ${result.group}`);
db.close();
rmSync(path, { force: true });
