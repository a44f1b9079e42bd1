/**
 * The import as two steps — prepare (read + match, nothing written) and commit (one transaction per
 * scan) — with progress per phase. Used by the worker, the CLI and tests alike.
 */
import { createHash } from 'node:crypto';
import { dimension } from '../../src-shared/codebook';
import { EMPTY_MAPPING, type ImportMapping } from '../../src-shared/import-mapping';
import type { Db } from '../db/open';
import type { ScanData } from '../workbook/scan-data';
import { geographyRows } from '../geography';
import { planRegions, reportPlaces } from './geography-plan';
import { interpretWorkbook, type InterpretedScan, type ScanEdit } from './interpret';
import { buildMatchers, type Matchers } from '../workbook/matchers';
import { readWorkbook, type FileFormat, type Grid } from './read-workbook';
import { ScanWriter, type WriteResult } from './write-scan';
import { knownOpenEntries } from '../activities';
import { assertReplaceTargets, newestScanOf } from '../scans';
import { writtenTextBudget } from './text-budget';
import { UserError } from '../errors';
import { rememberImportRules, storedMappingRules } from '../mappings';
import { withStoredRules, type StoredRules } from './applied-rules';

export type ImportPhase = 'read' | 'match' | 'write';

export interface ProgressEvent {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** A file as read: its grids, kept so the mapping step can recompute the preview without reading again. */
export interface ReadFile {
  fileName: string;
  sha256: string;
  format: FileFormat;
  /** Emptied by commitImport: a prepared import that is being written is not remapped any more. */
  grids: Grid[];
}

export interface PreparedImport extends ReadFile {
  scans: InterpretedScan[];
  /** The mapping the scans were interpreted with (the file's own: the preview's choices, --map-…). */
  mapping: ImportMapping;
  /** The database's stored mapping rules, laid under `mapping` (docs/mappings.md). */
  stored: StoredRules;
  /** Region, year and title per sheet group as the user edited them. */
  edits: ScanEdit[];
  /** Region and year given for the whole file (import dialog, CLI --region/--year). */
  region?: string;
  year?: number;
}

export interface PrepareOptions {
  region?: string;
  year?: number;
  mapping?: ImportMapping;
  edits?: ScanEdit[];
  onProgress?: (event: ProgressEvent) => void;
}

export async function prepareImport(db: Db, bytes: Buffer, fileName: string, options: PrepareOptions = {}): Promise<PreparedImport> {
  options.onProgress?.({ phase: 'read', done: 0, total: 1 });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { format, grids } = await readWorkbook(bytes, fileName);
  options.onProgress?.({ phase: 'read', done: 1, total: 1 });
  options.onProgress?.({ phase: 'match', done: 0, total: 1 });
  const prepared = interpretFile(db, { fileName, sha256, format, grids }, options);
  options.onProgress?.({ phase: 'match', done: 1, total: 1 });
  return prepared;
}

/** The same file again with another mapping or other scan details: nothing is read again. */
export function remapImport(db: Db, prepared: PreparedImport, mapping: ImportMapping, edits: ScanEdit[] = prepared.edits): PreparedImport {
  return interpretFile(db, prepared, { ...(prepared.region ? { region: prepared.region } : {}), ...(prepared.year ? { year: prepared.year } : {}), mapping, edits });
}

/** The mapping's value rules, each checked against the codes its dimension has. */
function applyValueRules(matchers: Matchers, mapping: ImportMapping): void {
  for (const rule of mapping.values) {
    const matcher = matchers[rule.dimension];
    if (!matcher.has(rule.code)) {
      throw new UserError('invalid-mapping', {
        nl: `"${rule.code}" is geen code van ${dimension(rule.dimension).nl}; kies een bestaande waarde voor "${rule.value}".`,
        en: `"${rule.code}" is not a code of ${dimension(rule.dimension).en}; choose an existing value for "${rule.value}".`,
      });
    }
    matcher.rule(rule.value, rule.code);
  }
}

function interpretFile(db: Db, file: ReadFile, options: PrepareOptions): PreparedImport {
  const { fileName } = file;
  const mapping = options.mapping ?? EMPTY_MAPPING;
  const edits = options.edits ?? [];
  const matchers = buildMatchers(knownOpenEntries(db));
  // The stored rules apply to every import into this database; the file's own choices win.
  const stored = storedMappingRules(db);
  const effective = withStoredRules(mapping, stored);
  applyValueRules(matchers, effective);
  const scans = interpretWorkbook(file.grids, {
    fileName,
    matchers,
    columns: effective.columns,
    scans: edits,
    ...(options.region ? { region: options.region } : {}),
    ...(options.year ? { year: options.year } : {}),
  });
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
  const known = geographyRows(db);
  for (const scan of scans) {
    const codes = new Map<string, number>();
    for (const a of scan.data.activities) for (const code of a.values.geography ?? []) codes.set(code, (codes.get(code) ?? 0) + 1);
    scan.regions = planRegions(known, codes, effective.places);
    const places = scan.regions.filter((r) => r.parent !== null).map((r) => ({ code: r.code, parent: r.parent! }));
    if (places.length > 0) scan.data.places = places;
    scan.issues = reportPlaces(scan.issues, scan.regions, known);
  }
  // The text it would write, counted by the writer itself in a dry run: a file past the budget is
  // refused now (also after a remap), before the user is asked anything.
  const dryRun = new ScanWriter(db, writtenTextBudget(fileName), true);
  for (const scan of scans) dryRun.write(scan.data, scan.issues, { fileName, sha256: file.sha256 });
  return {
    fileName,
    sha256: file.sha256,
    format: file.format,
    grids: file.grids,
    scans,
    mapping,
    stored,
    edits,
    ...(options.region ? { region: options.region } : {}),
    ...(options.year ? { year: options.year } : {}),
  };
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
  return newestScanOf(db, data.scan.region, data.scan.year);
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
  assertReplaceTargets(db, targets, {
    code: 'import',
    source: { nl: 'dit bestand', en: 'this file' },
    action: { nl: 'deze import', en: 'this import' },
    again: { nl: 'Importeer het bestand opnieuw.', en: 'Import the file again.' },
  });
}

export function commitImport(
  db: Db,
  prepared: PreparedImport,
  plan: ImportTargets | Decide,
  options: { isSample?: boolean; onProgress?: (event: ProgressEvent) => void } = {},
): WriteResult[] {
  // The grids were kept for the mapping step only; once writing starts they can go (a large file's
  // cells would otherwise stay in memory for the whole write).
  prepared.grids = [];
  const total = prepared.scans.reduce((n, s) => n + s.data.activities.length, 0);
  let before = 0;
  const results: WriteResult[] = [];
  // All scans of one file go in together: one transaction around the per-scan writes, and one text budget.
  db.transaction(() => {
    const writer = new ScanWriter(db, writtenTextBudget(prepared.fileName));
    const targets = typeof plan === 'function' ? importTargets(db, prepared, plan) : plan;
    assertTargets(db, prepared, targets);
    // The file's own mapping choices become rules that later imports apply (docs/mappings.md).
    rememberImportRules(db, prepared.mapping);
    prepared.scans.forEach((scan, index) => {
      const replace = targets[index] ?? null;
      const offset = before;
      results.push(
        writer.write(scan.data, scan.issues, {
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
