/**
 * Issue 8, crash safety: an import killed with SIGKILL in the middle of writing leaves a database
 * that passes `PRAGMA integrity_check` and holds exactly the state before the import — or, when the
 * kill came after the commit, exactly the state after it; never anything in between.
 *
 * A child process (tests/helpers/crash-import-child.ts) imports a 2,500-activity workbook into a
 * copy of a database that already holds the sample scan and an earlier version of the same scan,
 * either replacing that scan (delete + insert in one transaction) or keeping both. The parent kills
 * it at a seeded random moment inside the write transaction, six times.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { mulberry32 } from '../../scripts/sample/prng';
import { tempDir } from '../helpers/db';
import { dbChecksum, rowCounts, type DbChecksum } from '../helpers/db-checksum';

type Decision = 'replace' | 'keep-both';
/** Activities in the workbook the child imports (the earlier version of the scan has 1,000). */
const N = 2500;
const CHILD = join(REPO_ROOT, 'tests', 'helpers', 'crash-import-child.ts');
/** The import's time stamps (the scan's and its change group's, docs/history.md) differ per run and are the only columns that may. */
const IGNORE = { ignore: { scan: ['imported_at'], change_group: ['at'] } };

interface ChildRun {
  /** Milliseconds from "prepared" (the transaction begins) to "committed", when it got there. */
  window: number | null;
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Runs the child; with `killAfter`, SIGKILLs it that many ms after it starts writing. */
function runChild(dbPath: string, workbook: string, decision: Decision, killAfter?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, workbook, decision], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    let preparedAt = 0;
    let window: number | null = null;
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === 'prepared') {
          preparedAt = performance.now();
          if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
        }
        if (line === 'committed') window = performance.now() - preparedAt;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ window, lines, signal, code });
    });
  });
}

/** Opens the file as SQLite itself would after a crash (WAL recovery), outside the app's own code. */
function inspect(dbPath: string): { integrity: string; checksum: DbChecksum } {
  const db = new Database(dbPath);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    return { integrity, checksum: dbChecksum(db, IGNORE) };
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL while writing', () => {
  const dir = tempDir('regioscan-crash-');
  const base = join(dir, 'base.sqlite');
  const workbook = join(dir, 'stress-v2.xlsx');
  const prepared = join(dir, 'stress-v2.prepared.json');
  let before: DbChecksum;
  const after = new Map<Decision, DbChecksum>();
  const window = new Map<Decision, number>();

  beforeAll(async () => {
    writeFileSync(workbook, writeCanonicalWorkbook(buildStressScan(N, 800, 2)));
    // The database before: the sample scan and version 1 of the "Stress 2099" scan.
    const db = await openDatabase(base);
    await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
    const v1 = await prepareImport(db, writeCanonicalWorkbook(buildStressScan(1000, 300, 1)), 'stress-v1.xlsx');
    commitImport(db, v1, () => 'keep-both');
    // The kill runs commit this prepared import (read from the workbook once, here); it survives JSON whole.
    const v2 = await prepareImport(db, readFileSync(workbook), 'stress-v2.xlsx');
    expect(JSON.parse(JSON.stringify(v2))).toEqual(v2);
    writeFileSync(prepared, JSON.stringify(v2));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    before = inspect(base).checksum;
    // The states after: each decision run to completion once, the first from the workbook itself.
    for (const decision of ['replace', 'keep-both'] as const) {
      const path = join(dir, `complete-${decision}.sqlite`);
      copyFileSync(base, path);
      const run = await runChild(path, decision === 'replace' ? workbook : prepared, decision);
      expect(run.lines.at(-1)).toBe('closed');
      window.set(decision, run.window!);
      const state = inspect(path);
      expect(state.integrity).toBe('ok');
      after.set(decision, state.checksum);
    }
  }, 180_000);

  it('the two complete imports really change the database (so "before" and "after" differ)', () => {
    expect(rowCounts(after.get('keep-both')!).activity).toBe(rowCounts(before).activity! + N);
    expect(rowCounts(after.get('replace')!).activity).toBe(rowCounts(before).activity! - 1000 + N);
    expect(rowCounts(after.get('replace')!).scan).toBe(rowCounts(before).scan);
  });

  it('leaves exactly the state before (or, after the commit, exactly the state after) at random kill points, at least five inside the transaction', async () => {
    const rng = mulberry32(8);
    // Spread over the transaction (fractions of its length as last measured), each with seeded jitter.
    const fractions = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8];
    const outcomes: string[] = [];
    let inside = 0;
    // The machine may be busy: a kill that came after the commit is a valid outcome, but does not
    // count, and the next kill aims by the length that run just showed. At most 12 runs.
    for (let i = 0; inside < 5 && i < 12; i++) {
      const decision: Decision = i % 2 === 0 ? 'replace' : 'keep-both';
      const path = join(dir, `killed-${i}.sqlite`);
      copyFileSync(base, path);
      const fraction = fractions[i % fractions.length]! + (rng() - 0.5) * 0.1;
      const killAfter = Math.round(fraction * window.get(decision)!);
      const run = await runChild(path, prepared, decision, killAfter);
      const state = inspect(path);
      expect(state.integrity, `run ${i}`).toBe('ok');
      const wrote = run.lines.filter((l) => l.startsWith('write ')).length;
      if (JSON.stringify(state.checksum) === JSON.stringify(before)) {
        inside++;
        outcomes.push(`${decision}: before (killed ${killAfter} ms into the transaction, after ${wrote} progress lines)`);
      } else {
        expect(state.checksum, `run ${i}: neither before nor after`).toEqual(after.get(decision));
        outcomes.push(`${decision}: after (the commit came first: ${run.signal ?? `exit ${run.code}`}, transaction ${Math.round(run.window ?? 0)} ms)`);
        if (run.window !== null) window.set(decision, run.window);
      }
    }
    console.log(`crash safety:\n  ${outcomes.join('\n  ')}`);
    expect(inside).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
