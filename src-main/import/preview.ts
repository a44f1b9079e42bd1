/** What the user sees before committing: counts, counts per dimension, the report, conflicts. */
import { DIMENSIONS } from '../../src-shared/codebook';
import type { FacetCount, ImportIssueView, ImportPreview, ImportPreviewScan } from '../../src-shared/model';
import type { Db } from '../db/open';
import type { ScanData, ValueDimension } from '../workbook/scan-data';
import { nameKey } from './cells';
import type { ImportIssue } from './issues';
import { findExisting, type PreparedImport } from './pipeline';

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
  const scans: ImportPreviewScan[] = prepared.scans.map(({ group, data, issues }) => {
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
    const organisations = countOrganisations(data);
    return {
      group,
      region: data.scan.region,
      year: data.scan.year,
      title: data.scan.title,
      counts: { initiatives: data.initiatives.length, activities: data.activities.length, organisations },
      facets,
      issues: issues.map(issueView),
      existing: findExisting(db, data) ?? null,
    };
  });
  return { fileName: prepared.fileName, format: prepared.format, scans };
}
