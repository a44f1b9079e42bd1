/**
 * `npm run bench:dbmerge`-style figures for the .sqlite export and merge (docs/database-merge.md): the
 * 60,000-activity stress scan exported, read and checked in the worker, and merged into an empty
 * database. Figures only; no verdicts.
 *
 *   npx tsx scripts/bench/dbmerge.ts [ACTIVITIES]
 */
import { openDatabase } from '../../src-main/db/open';
import { commitMerge, exportDatabase, readInWorker } from '../../src-main/dbmerge';
import { stressDb } from './bench-db';

const n = Number(process.argv[2] ?? 60_000);
const source = await stressDb(n, Math.ceil(n / 3), n === 60_000 ? 'filter-60000.sqlite' : `dbmerge-${n}.sqlite`);
const scan = source.prepare('SELECT min(id) FROM scan').pluck().get() as number;

let t = performance.now();
const bytes = exportDatabase(source, [scan]);
const exportMs = performance.now() - t;

t = performance.now();
const read = await readInWorker(bytes, 'stress.sqlite', { timeLimitMs: 600_000 });
const readMs = performance.now() - t;

const target = await openDatabase(':memory:');
t = performance.now();
commitMerge(target, read, new Map());
const mergeMs = performance.now() - t;

const activities = target.prepare('SELECT count(*) FROM activity').pluck().get() as number;
console.log(`stress scan: ${activities} activities, export file ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
console.log(`export (read rows + write a new database in memory): ${(exportMs / 1000).toFixed(2)} s`);
console.log(`read in the worker (schema check, integrity_check, migrate copy, read rows): ${(readMs / 1000).toFixed(2)} s`);
console.log(`merge into an empty database (one transaction): ${(mergeMs / 1000).toFixed(2)} s`);
source.close();
target.close();
