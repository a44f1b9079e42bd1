/**
 * `npx tsx scripts/bench/hostile.ts [ID…]`: imports every hostile case tagged as a bomb (or the ones
 * named) with the CLI in a child process of its own, into a copy of a database holding the sample
 * scan, and prints each one's peak memory, time and outcome. Figures, not verdicts; the bounds (1 GB,
 * 30 s) are asserted by tests/unit/hostile-resources.test.ts.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src-main/db/open';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { CASES } from '../../tests/hostile/corpus';
import { importInChild } from '../../tests/hostile/measure';

const dir = join(REPO_ROOT, 'tmp', 'bench-hostile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const baseDb = join(dir, 'base.sqlite');
const db = await openDatabase(baseDb);
await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
db.close();

const wanted = process.argv.slice(2);
const cases = wanted.length > 0 ? CASES.filter((c) => wanted.includes(c.id)) : CASES.filter((c) => c.bomb);
console.log(`${'case'.padEnd(22)} ${'peak MB'.padStart(8)} ${'s'.padStart(6)}  exit  outcome`);
for (const c of cases) {
  const run = importInChild(c, dir, baseDb);
  const outcome = (run.exitCode === 0 ? run.stdout.split('\n')[0]! : run.stderr.trim().split('\n')[0]!).replace(/^regioscan import: /, '');
  console.log(`${c.id.padEnd(22)} ${String(run.peakMb).padStart(8)} ${(run.ms / 1000).toFixed(1).padStart(6)}  ${String(run.exitCode).padStart(4)}  ${outcome.slice(0, 150)}`);
  rmSync(join(dir, c.id), { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });
