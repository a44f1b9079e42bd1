/**
 * The Te koppelen list: every value kept unmapped that an activity still holds, with its count, its
 * scans and where its occurrences came from (sheet and column), read from the import report rows
 * that kept it (import_issue stores sheet, column and activity for each).
 */
import { dimension, foldKey, resolveDimension } from '../../src-shared/codebook';
import type { UnmappedOrigin, UnmappedValueView } from '../../src-shared/mappings-model';
import { mapping } from '../activities';
import type { Db } from '../db/open';
import { scanNames, unmappedOrigins } from '../scans';
import type { DimensionKey } from '../../src-shared/codebook';

export function unmappedValues(db: Db): UnmappedValueView[] {
  const values = mapping.unmappedValueRows(db);
  if (values.length === 0) return [];
  const titles = new Map(scanNames(db).map((s) => [s.id, s.title]));
  const holding = mapping.unmappedHolders(db);
  // Origins per (dimension, folded text, activity): the report row that kept the value for that activity.
  const origins = new Map<string, { activity: number; scan: number; sheet: string | null; column: string | null }[]>();
  for (const row of unmappedOrigins(db)) {
    let params: { text?: unknown; dimension?: unknown };
    try {
      params = JSON.parse(row.params) as { text?: unknown; dimension?: unknown };
    } catch {
      continue;
    }
    // The import report names the dimension by its Dutch name.
    const dim = resolveDimension(String(params.dimension));
    if (!dim || typeof params.text !== 'string') continue;
    const key = `${dim}\u0000${foldKey(params.text) || params.text}`;
    const list = origins.get(key) ?? [];
    list.push({ activity: row.activity_id, scan: row.scan_id, sheet: row.sheet, column: row.col });
    origins.set(key, list);
  }
  return values.map((v) => {
    const grouped = new Map<string, UnmappedOrigin>();
    // Only the activities that hold it now (a mapped occurrence's report row stays in the report).
    const holders = holding.get(v.id) ?? new Set<number>();
    for (const o of origins.get(`${v.dimension}\u0000${v.match_key}`) ?? []) {
      if (!holders.has(o.activity)) continue;
      const key = `${o.scan}\u0000${o.sheet ?? ''}\u0000${o.column ?? ''}`;
      const known = grouped.get(key);
      if (known) known.count += 1;
      else grouped.set(key, { scan: o.scan, scanTitle: titles.get(o.scan) ?? `scan ${o.scan}`, sheet: o.sheet, column: o.column, count: 1 });
    }
    const scans = v.scans.split(',').map(Number).sort((a, b) => a - b);
    return {
      dimension: v.dimension,
      value: v.label,
      count: v.activities,
      scans: scans.map((id) => ({ id, title: titles.get(id) ?? `scan ${id}` })),
      origins: [...grouped.values()],
    };
  });
}

/** The Dutch or English name of a dimension key (for the CLI's table). */
export function dimensionName(key: string, lang: 'nl' | 'en'): string {
  return dimension(key as DimensionKey)[lang];
}
