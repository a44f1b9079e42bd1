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
import { knownOpenEntries, writeScan, type WriteResult } from './write-scan';
import { UserError } from '../errors';

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

/**
 * For each scan of a prepared file (in order): the id of the existing scan it replaces, or null to
 * add it as a new scan. Chosen when the user sees the preview and carried to the commit unchanged:
 * the commit never looks "the newest scan of this region and year" up again, so another import
 * that commits in between cannot change which scan is replaced.
 */
export type ImportTargets = readonly (number | null)[];

export type Decide = (scan: InterpretedScan, existing: { id: number; title: string }) => ExistingDecision;

/** The targets for deciding now, against the database as it is (the CLI, the sample, tests). */
export function importTargets(db: Db, prepared: PreparedImport, decide: Decide): ImportTargets {
  return prepared.scans.map((scan) => {
    const existing = findExisting(db, scan.data);
    return existing && decide(scan, existing) === 'replace' ? existing.id : null;
  });
}

/** Refuses targets that no longer fit the database: a scan deleted meanwhile, or one scan replaced twice. */
function assertTargets(db: Db, prepared: PreparedImport, targets: ImportTargets): void {
  if (targets.length !== prepared.scans.length) throw new Error(`${targets.length} import targets for ${prepared.scans.length} scans`);
  const seen = new Set<number>();
  const exists = db.prepare('SELECT title FROM scan WHERE id = ?');
  for (const id of targets) {
    if (id === null) continue;
    if (seen.has(id)) {
      throw new UserError('import-target-twice', {
        nl: 'Twee scans in dit bestand zouden dezelfde bestaande scan vervangen; kies bij een van beide "beide houden". Er is niets gewijzigd.',
        en: 'Two scans in this file would replace the same existing scan; choose "keep both" for one of them. Nothing was changed.',
      });
    }
    seen.add(id);
    if (!exists.get(id)) {
      throw new UserError('import-target-gone', {
        nl: 'De scan die deze import zou vervangen, is intussen verwijderd; er is niets gewijzigd. Importeer het bestand opnieuw.',
        en: 'The scan this import would replace has been deleted meanwhile; nothing was changed. Import the file again.',
      });
    }
  }
}

export function commitImport(
  db: Db,
  prepared: PreparedImport,
  plan: ImportTargets | Decide,
  options: { isSample?: boolean; onProgress?: (event: ProgressEvent) => void } = {},
): WriteResult[] {
  const total = prepared.scans.reduce((n, s) => n + s.data.activities.length, 0);
  let before = 0;
  const results: WriteResult[] = [];
  // All scans of one file go in together: one transaction around the per-scan writes.
  db.transaction(() => {
    const targets = typeof plan === 'function' ? importTargets(db, prepared, plan) : plan;
    assertTargets(db, prepared, targets);
    prepared.scans.forEach((scan, index) => {
      const replace = targets[index] ?? null;
      const offset = before;
      results.push(
        writeScan(db, scan.data, scan.issues, {
          fileName: prepared.fileName,
          sha256: prepared.sha256,
          ...(replace !== null ? { replaceScanId: replace } : {}),
          ...(options.isSample ? { isSample: true } : {}),
          onProgress: (done) => options.onProgress?.({ phase: 'write', done: offset + done, total }),
        }),
      );
      before += scan.data.activities.length;
    });
  }).immediate();
  return results;
}
