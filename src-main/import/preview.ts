/**
 * What the user sees before committing: counts, counts per dimension, the report, conflicts, and
 * what the mapping step offers (unknown columns, unmapped values, geography names without a place).
 */
import { DIMENSIONS, resolveDimension } from '../../src-shared/codebook';
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../src-shared/import-mapping';
import type { FacetCount, GeographyOption, ImportIssueView, ImportPreview, ImportPreviewScan, ImportPreviewUnmapped } from '../../src-shared/model';
import type { Db } from '../db/open';
import type { ScanData, ValueDimension } from '../workbook/scan-data';
import { nameKey } from './cells';
import { geographyRows, labelOfGeography } from '../geography';
import type { ImportIssue } from './issues';
import { findExisting, type PreparedImport } from './pipeline';
import { appliedRules } from './applied-rules';

export function issueView(issue: ImportIssue): ImportIssueView {
  return {
    severity: issue.severity,
    code: issue.code,
    params: { ...issue.params },
    message: issue.message,
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    value: issue.value,
  };
}

function facetsOf(data: ScanData): Record<string, FacetCount[]> {
  const facets: Record<string, FacetCount[]> = {};
  for (const def of DIMENSIONS) {
    if (def.key === 'organisation' || def.key === 'role' || def.key === 'scan') continue;
    const counts = new Map<string, number>();
    const unmapped = new Map<string, number>();
    for (const a of data.activities) {
      for (const code of a.values[def.key as ValueDimension] ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
      for (const text of a.unmapped?.[def.key as ValueDimension] ?? []) unmapped.set(text, (unmapped.get(text) ?? 0) + 1);
    }
    const list: FacetCount[] = [];
    for (const v of def.values) if (counts.has(v.code)) list.push({ code: v.code, label: v.nl, count: counts.get(v.code)! });
    for (const [code, count] of counts) if (!def.values.some((v) => v.code === code)) list.push({ code, label: code, count });
    for (const [text, count] of unmapped) list.push({ code: null, label: text, count });
    if (list.length > 0) facets[def.key] = list;
  }
  return facets;
}

/** Values that matched no code, from the report: kept unmapped, or (activity type) the row was not imported. */
function unmappedOf(issues: readonly ImportIssue[]): ImportPreviewUnmapped[] {
  const out = new Map<string, ImportPreviewUnmapped>();
  for (const issue of issues) {
    const effect = issue.code === 'unknown-type' ? 'row-error' : issue.code === 'unmapped-value' || issue.code === 'ambiguous' ? 'unmapped' : undefined;
    if (!effect) continue;
    const dimension = effect === 'row-error' ? 'type' : resolveDimension(String(issue.params.dimension));
    if (!dimension || !(VALUE_DIMENSION_KEYS as readonly string[]).includes(dimension)) continue;
    const value = String(issue.params.text);
    const key = `${dimension}\u0000${value}`;
    const known = out.get(key);
    if (known) known.count += 1;
    else out.set(key, { dimension: dimension as ValueDimensionKey, value, count: 1, effect });
  }
  return [...out.values()];
}

function extraOf(data: ScanData): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const holder of [...data.initiatives, ...data.activities]) for (const e of holder.extra ?? []) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** The hierarchy in tree order with depths, plus the file's new names, as parents to choose from. */
function regionOptions(known: ReturnType<typeof geographyRows>, newNames: readonly string[]): GeographyOption[] {
  const label = (code: string) => labelOfGeography(known, code);
  const children = new Map<string | null, string[]>();
  const add = (code: string, parent: string | null) => children.set(parent, [...(children.get(parent) ?? []), code]);
  for (const [code, row] of known) add(code, row.parent);
  for (const name of newNames) if (!known.has(name)) add(name, null);
  const out: GeographyOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const code of (children.get(parent) ?? []).sort((a, b) => label(a).localeCompare(label(b), 'nl'))) {
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ code, label: label(code), depth });
      walk(code, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * Different organisations among a scan's providers. An organisation given to every activity of its
 * initiative is one string many times over: its name key is made once, not once per activity.
 */
export function countOrganisations(data: ScanData): number {
  const keys = new Map<string, string>();
  for (const a of data.activities) for (const p of a.providers) if (!keys.has(p.organisation)) keys.set(p.organisation, nameKey(p.organisation));
  return new Set(keys.values()).size;
}

export function buildPreview(db: Db, prepared: PreparedImport): ImportPreview {
  const known = geographyRows(db);
  const scans: ImportPreviewScan[] = prepared.scans.map((scan) => {
    const { group, data, issues, columns, regions } = scan;
    return {
      group,
      region: data.scan.region,
      year: data.scan.year,
      title: data.scan.title,
      counts: { initiatives: data.initiatives.length, activities: data.activities.length, organisations: countOrganisations(data) },
      facets: facetsOf(data),
      issues: issues.map(issueView),
      existing: findExisting(db, data) ?? null,
      columns: columns.map((c) => ({ ...c, sheets: [...c.sheets] })),
      unmapped: unmappedOf(issues),
      regions: (regions ?? []).map((r) => ({ name: r.code, count: r.count, parent: r.parent, parentLabel: r.parent === null ? null : labelOfGeography(known, r.parent), source: r.source })),
      extra: extraOf(data),
      rules: appliedRules(scan, prepared.mapping, prepared.stored),
    };
  });
  const newNames = prepared.scans.flatMap((s) => (s.regions ?? []).map((r) => r.code));
  return { fileName: prepared.fileName, format: prepared.format, scans, mapping: prepared.mapping, regionOptions: regionOptions(known, newNames) };
}
