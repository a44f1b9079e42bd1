/**
 * Writes one interpreted scan in ONE transaction: either all of it is in the database, or nothing.
 * Replacing a scan reuses its id (saved filters keep pointing at it) and swaps the content inside
 * the same transaction, so the old scan is untouched until the new one is fully in.
 */
import type { Statement } from 'better-sqlite3';
import { foldKey } from '../../src-shared/codebook';
import { importMessage } from '../../src-shared/import-messages';
import { codedValueIds, contentWrites, edit, invalidateIndex, organisationKeys, unmappedValueId } from '../activities';
import type { Db } from '../db/open';
import { scanWrites } from '../scans';
import type { ScanData, ValueDimension } from '../workbook/scan-data';
import { nameKey } from './cells';
import type { ImportIssue } from './issues';
import { activityKey } from './scan-builder';
import { writtenTextBudget, type TextBudget } from './text-budget';
import { recordImport } from '../history';

export interface WriteOptions {
  fileName: string | null;
  sha256: string | null;
  /** Replace this scan (same id) instead of adding a new one. */
  replaceScanId?: number;
  isSample?: boolean;
  importedAt?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  scanId: number;
  issues: ImportIssue[];
  counts: { initiatives: number; activities: number; organisations: number };
}

type Params = unknown[];
/** One write: runs the statement (or, in a dry run, makes up the id it would give) once its text is counted. */
type Write = (...params: Params) => { lastInsertRowid: number | bigint };

/** The writes of one import by name: a scan's row and report (scans domain), and its content (activities domain). */
function importWrites(db: Db, write: (statement: () => Statement) => Write) {
  const content = contentWrites(db);
  const scan = scanWrites(db);
  return {
    insertScan: write(() => scan.insertScan),
    updateScan: write(() => scan.updateScan),
    clearScan: write(() => content.clearScan),
    clearIssues: write(() => scan.clearIssues),
    insertInitiative: write(() => content.insertInitiative),
    insertActivity: write(() => content.insertActivity),
    insertValue: write(() => content.insertValue),
    insertText: write(() => content.insertText),
    insertActivityExtra: write(() => content.insertActivityExtra),
    insertInitiativeExtra: write(() => content.insertInitiativeExtra),
    placeRegion: write(() => content.placeRegion),
    newOpen: write(() => content.newOpen),
    newUnmapped: write(() => content.newUnmapped),
    newOrganisation: write(() => content.newOrganisation),
    setOrganisationType: write(() => content.setOrganisationType),
    insertProvider: write(() => content.insertProvider),
    insertIssue: write(() => scan.insertIssue),
  };
}

/** Counts every text value of a write's parameters (positional, or one object of named ones). */
function countText(budget: TextBudget, params: Params): void {
  for (const p of params) {
    if (typeof p === 'string') budget.add(p);
    else if (p !== null && typeof p === 'object') for (const v of Object.values(p)) if (typeof v === 'string') budget.add(v);
  }
}

/**
 * Writes the scans of one import, holding all the text it stores to one TextBudget (LIMITS.textBytes):
 * past it the write stops with the user's sentence inside the transaction, so nothing is kept. A dry
 * run goes through the very same code, reading the database but writing nothing: it tells, before
 * anything is written, whether the import fits (an initiative's long description is stored again with
 * each of its activities for the text search, and the report repeats what it quotes).
 */
export class ScanWriter {
  private readonly q: ReturnType<typeof importWrites>;
  private readonly valueIds = new Map<string, number>();
  // Organisations are shared by all scans; `earlier` marks those known before the scan being written,
  // whose type a workbook may contradict (conflicts inside one file are reported while reading it).
  private readonly organisations = new Map<string, { id: number; type: string | null; earlier: boolean }>();
  private readonly organisationKeys = new Map<string, string>();
  private madeUpId = 0;

  constructor(
    private readonly db: Db,
    private readonly budget: TextBudget,
    private readonly dryRun = false,
  ) {
    // A dry run never touches (or prepares) a writing statement.
    const write = (get: () => Statement): Write => {
      let statement: Statement | undefined;
      return (...params) => {
        countText(budget, params);
        return dryRun ? { lastInsertRowid: --this.madeUpId } : (statement ??= get()).run(...params);
      };
    };
    this.q = importWrites(db, write);
    for (const r of codedValueIds(db)) this.valueIds.set(`${r.dimension}\u0000${r.code}`, r.id);
    for (const r of organisationKeys(db)) this.organisations.set(r.match_key, { id: r.id, type: r.type, earlier: true });
  }

  private valueId(dim: ValueDimension, code: string): number {
    const key = `${dim}\u0000${code}`;
    let id = this.valueIds.get(key);
    if (id === undefined) {
      id = Number(this.q.newOpen(dim, code, code, code, foldKey(code)).lastInsertRowid);
      this.valueIds.set(key, id);
    }
    return id;
  }

  private unmappedId(dim: ValueDimension, text: string): number {
    const key = `${dim}\u0001${foldKey(text) || text}`;
    let id = this.valueIds.get(key);
    if (id === undefined) {
      const found = unmappedValueId(this.db, dim, foldKey(text) || text);
      id = found !== undefined ? found : Number(this.q.newUnmapped(dim, text, text, foldKey(text) || text).lastInsertRowid);
      this.valueIds.set(key, id);
    }
    return id;
  }

  private organisationId(name: string, type: string | null | undefined, issues: ImportIssue[]): number {
    // An organisation given to every activity of its initiative is one string many times over.
    let key = this.organisationKeys.get(name);
    if (key === undefined) {
      key = edit.organisationKey(name);
      this.organisationKeys.set(name, key);
    }
    const known = this.organisations.get(key);
    if (!known) {
      const id = Number(this.q.newOrganisation(name, key, type ?? null).lastInsertRowid);
      this.organisations.set(key, { id, type: type ?? null, earlier: false });
      return id;
    }
    if (type && !known.type) {
      this.q.setOrganisationType(type, known.id);
      known.type = type;
    } else if (type && known.type !== type && known.earlier) {
      const params = { organisation: name, kept: known.type ?? '', text: type };
      issues.push({ severity: 'warning', code: 'organisation-type-conflict', params, message: importMessage('organisation-type-conflict', params, 'en'), sheet: null, row: null, column: null, value: type });
    }
    return known.id;
  }

  write(data: ScanData, inputIssues: readonly ImportIssue[], options: WriteOptions): WriteResult {
    const issues = [...inputIssues];
    const q = this.q;
    for (const known of this.organisations.values()) known.earlier = true;
    const body = (): WriteResult => {
      const meta = data.scan;
      const scanParams = {
        region: meta.region, year: meta.year, title: meta.title, performedBy: meta.performedBy ?? null, source: meta.source ?? null, notes: meta.notes ?? null,
        file: options.fileName, sha: options.sha256, at: options.importedAt ?? new Date().toISOString(), sample: options.isSample ? 1 : 0,
      };
      let scanId: number;
      if (options.replaceScanId !== undefined) {
        scanId = options.replaceScanId;
        q.clearScan(scanId);
        q.clearIssues(scanId);
        q.updateScan({ ...scanParams, id: scanId });
      } else {
        scanId = Number(q.insertScan(scanParams).lastInsertRowid);
      }
      // Extra fields keep the workbook's column order: one position per name across the scan.
      const positions = new Map<string, number>();
      const position = (name: string) => {
        let p = positions.get(name);
        if (p === undefined) positions.set(name, (p = positions.size));
        return p;
      };
      const initiativeIds = new Map<string, { id: number; name: string; description: string | null; extra: string }>();
      for (const i of data.initiatives) {
        const id = Number(q.insertInitiative(scanId, i.name, i.description ?? null, i.website ?? null, i.startYear ?? null, i.homeRegion ?? null).lastInsertRowid);
        for (const e of i.extra ?? []) q.insertInitiativeExtra(id, e.name, e.value, position(e.name));
        initiativeIds.set(nameKey(i.name), { id, name: i.name, description: i.description ?? null, extra: (i.extra ?? []).map((e) => e.value).join('\n') });
      }
      const activityIds = new Map<string, number>();
      const orgIds = new Set<number>();
      data.activities.forEach((a, index) => {
        let initiative = initiativeIds.get(nameKey(a.initiative));
        if (!initiative) {
          const id = Number(q.insertInitiative(scanId, a.initiative, null, null, null, null).lastInsertRowid);
          initiative = { id, name: a.initiative, description: null, extra: '' };
          initiativeIds.set(nameKey(a.initiative), initiative);
        }
        const id = Number(q.insertActivity(scanId, initiative.id, a.name, a.description ?? null, a.startYear ?? null, a.reach ?? null, a.reachUnit ?? null, a.reachSource ?? null).lastInsertRowid);
        activityIds.set(activityKey(a.initiative, a.name), id);
        for (const [dim, codes] of Object.entries(a.values) as [ValueDimension, string[]][]) for (const code of codes) q.insertValue(id, this.valueId(dim, code));
        for (const [dim, texts] of Object.entries(a.unmapped ?? {}) as [ValueDimension, string[]][]) for (const text of texts) q.insertValue(id, this.unmappedId(dim, text));
        for (const p of a.providers) {
          const orgId = this.organisationId(p.organisation, p.organisationType, issues);
          orgIds.add(orgId);
          for (const role of p.roles.length > 0 ? p.roles : ['']) q.insertProvider(id, orgId, role);
        }
        for (const e of a.extra ?? []) q.insertActivityExtra(id, e.name, e.value, position(e.name));
        const extraText = [...(a.extra ?? []).map((e) => e.value), initiative.extra].filter(Boolean).join('\n');
        q.insertText(id, a.name, a.description ?? '', initiative.name, initiative.description ?? '', extraText);
        if (options.onProgress && (index % 2000 === 0 || index === data.activities.length - 1)) options.onProgress(index + 1, data.activities.length);
      });
      // New geography names go where the preview placed them (only names that have no place yet).
      for (const place of data.places ?? []) q.placeRegion(place);
      for (const issue of issues) {
        const activityId = issue.activityKey ? activityIds.get(issue.activityKey) ?? null : null;
        q.insertIssue(scanId, issue.severity, issue.code, JSON.stringify(issue.params), issue.sheet, issue.row, issue.column, issue.value, issue.message, activityId);
      }
      // One history entry for the whole scan, no per-row history (docs/history.md).
      if (!this.dryRun) recordImport(this.db, { id: scanId, file: options.fileName, replaced: options.replaceScanId !== undefined });
      return { scanId, issues, counts: { initiatives: initiativeIds.size, activities: activityIds.size, organisations: orgIds.size } };
    };
    if (this.dryRun) return body();
    const result = this.db.transaction(body).immediate();
    invalidateIndex(this.db);
    return result;
  }
}

/** Writes one scan in one transaction (its own budget of LIMITS.textBytes). */
export function writeScan(db: Db, data: ScanData, inputIssues: readonly ImportIssue[], options: WriteOptions): WriteResult {
  return new ScanWriter(db, writtenTextBudget(options.fileName)).write(data, inputIssues, options);
}
