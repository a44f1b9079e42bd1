/**
 * Runs one `regioscan` command in this process, exactly as bin/regioscan.mjs does, and then writes
 * what the run cost to a JSON file: its exit code, its peak resident memory (the process's own
 * high-water mark, as the kernel counts it) and its time. For tests/unit/hostile-resources.test.ts and
 * scripts/bench/hostile.ts, which start it as a child process.
 *
 *   node --import tsx tests/helpers/measured-cli.ts STATS.json import --db DB FILE
 */
import { writeFileSync } from 'node:fs';
import { main } from '../../src-main/cli/main';

export interface MeasuredRun {
  exitCode: number;
  /** Peak resident set size of the whole process, MB. */
  peakMb: number;
  ms: number;
}

const [statsPath, ...argv] = process.argv.slice(2);
if (!statsPath) {
  process.stderr.write('usage: measured-cli.ts STATS.json COMMAND [ARGS]\n');
  process.exit(1);
}
const started = performance.now();
const exitCode = await main(argv);
const run: MeasuredRun = { exitCode, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), ms: Math.round(performance.now() - started) };
writeFileSync(statsPath, JSON.stringify(run));
process.exitCode = exitCode;
