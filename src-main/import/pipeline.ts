/**
 * The import as two steps — prepare (read + match, nothing written) and commit (one transaction per
 * scan) — with progress per phase. Used by the worker, the CLI and tests alike.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import type { ScanData } from '../workbook/scan-data';
import { interpretWorkbook, type InterpretedScan } from './interpret';
import { buildMatchers } from './matchers';
import { readWorkbook, type FileFormat } from './read-workbook';
import { knownOpenEntries, ScanWriter, type WriteResult } from './write-scan';
import { UserError } from '../errors';
import { writtenTextBudget } from './text-budget';

export type ImportPhase = 'read' | 'match' | 'write';

export interface ProgressEvent {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface PreparedImport {
  fileName: string;
  sha256: string;
  format: FileFormat;
  scans: InterpretedScan[];
}

export interface PrepareOptions {
  region?: string;
  year?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export async function prepareImport(db: Db, bytes: Buffer, fileName: string, options: PrepareOptions = {}): Promise<PreparedImport> {
  options.onProgress?.({ phase: 'read', done: 0, total: 1 });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { format, grids } = await readWorkbook(bytes, fileName);
  options.onProgress?.({ phase: 'read', done: 1, total: 1 });
  options.onProgress?.({ phase: 'match', done: 0, total: 1 });
  const matchers = buildMatchers(knownOpenEntries(db));
  const scans = interpretWorkbook(grids, { fileName, matchers, ...(options.region ? { region: options.region } : {}), ...(options.year ? { year: options.year } : {}) });
  options.onProgress?.({ phase: 'match', done: 1, total: 1 });
  if (scans.length === 0 || scans.every((s) => s.data.activities.length === 0)) {
    const errors = scans.flatMap((s) => s.issues).filter((i) => i.severity === 'error').length;
    // A table was found (its headers are there) but no row under it holds anything.
    const headersOnly = errors === 0 && scans.length > 0;
    throw new UserError('import-refused', {
      nl: errors > 0
        ? `In "${fileName}" staat geen enkele activiteit die kan worden geïmporteerd (${errors} rijen met fouten); er is niets gewijzigd.`
        : headersOnly
          ? `In "${fileName}" staan wel de kolomkoppen van een scan, maar geen activiteiten eronder; er is niets gewijzigd.`
          : `In "${fileName}" staat geen tabel met activiteiten (kolommen als Initiatief, Activiteit en Type activiteit); er is niets gewijzigd.`,
      en: errors > 0
        ? `"${fileName}" holds no activity that can be imported (${errors} rows with errors); nothing was changed.`
        : headersOnly
          ? `"${fileName}" has the column headers of a scan but no activities under them; nothing was changed.`
          : `"${fileName}" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.`,
    });
  }
  // The text it would write, counted by the writer itself in a dry run: a file past the budget is
  // refused now, before the user is asked anything.
  const dryRun = new ScanWriter(db, writtenTextBudget(fileName), true);
  for (const scan of scans) dryRun.write(scan.data, scan.issues, { fileName, sha256 });
  return { fileName, sha256, format, scans };
}

export type ExistingDecision = 'replace' | 'keep-both';

/**
 * The decision for a sheet group, from the group's own key only: a group named "constructor" or
 * "toString" must not find Object.prototype's members and pass for decided.
 */
export function decisionFor(decisions: Record<string, ExistingDecision>, group: string): ExistingDecision | undefined {
  return Object.hasOwn(decisions, group) ? decisions[group] : undefined;
}

/** Scans already in the database for the same region and year. */
export function findExisting(db: Db, data: ScanData): { id: number; title: string } | undefined {
  return db
    .prepare('SELECT id, title FROM scan WHERE lower(region) = lower(?) AND year IS ? ORDER BY id DESC LIMIT 1')
    .get(data.scan.region, data.scan.year) as { id: number; title: string } | undefined;
}

export function commitImport(
  db: Db,
  prepared: PreparedImport,
  decide: (scan: InterpretedScan, existing: { id: number; title: string }) => ExistingDecision,
  options: { isSample?: boolean; onProgress?: (event: ProgressEvent) => void } = {},
): WriteResult[] {
  const total = prepared.scans.reduce((n, s) => n + s.data.activities.length, 0);
  let before = 0;
  const results: WriteResult[] = [];
  // All scans of one file go in together: one transaction around the per-scan writes, and one text budget.
  db.transaction(() => {
    const writer = new ScanWriter(db, writtenTextBudget(prepared.fileName));
    for (const scan of prepared.scans) {
      const existing = findExisting(db, scan.data);
      const replace = existing && decide(scan, existing) === 'replace' ? existing.id : undefined;
      const offset = before;
      results.push(
        writer.write(scan.data, scan.issues, {
          fileName: prepared.fileName,
          sha256: prepared.sha256,
          ...(replace !== undefined ? { replaceScanId: replace } : {}),
          ...(options.isSample ? { isSample: true } : {}),
          onProgress: (done) => options.onProgress?.({ phase: 'write', done: offset + done, total }),
        }),
      );
      before += scan.data.activities.length;
    }
  }).immediate();
  return results;
}
