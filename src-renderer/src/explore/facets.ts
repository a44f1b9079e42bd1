/**
 * Pure helpers for the filter panel: the method's families in order, the entries a dimension's
 * facet list shows (with unmapped values and selected values the database no longer has), and the
 * geography hierarchy flattened with a depth.
 */
import { dimension, DIMENSIONS, type DimensionDef, type DimensionKey } from '../../../src-shared/codebook';
import { valueKey, type Filter, type FilterValue } from '../../../src-shared/filter';
import type { FacetCount } from '../../../src-shared/model';
import { entryLabel } from '../i18n';
import { conditionOf } from '../state/filters';

export type Family = DimensionDef['family'];

/** The method's families in the panel's order. */
export const FAMILIES: readonly Family[] = ['activiteit', 'doelgroep', 'digitalisering', 'knelpunten', 'aanbieders', 'rationale', 'bereik', 'scan'];

export function dimensionsOf(family: Family): DimensionKey[] {
  return DIMENSIONS.filter((d) => d.family === family).map((d) => d.key);
}

/** Lists longer than this get a search box and show only the first SHORT_LIST entries until "show all". */
export const LONG_LIST = 15;
export const SHORT_LIST = 10;

/** Knelpunt groups (docs/method.md §2, knelpunten): weten 1–2, willen 3–4, kunnen 5–10. */
export const BOTTLENECK_GROUPS = ['weten', 'willen', 'kunnen'] as const;
export type BottleneckGroup = (typeof BOTTLENECK_GROUPS)[number];

export function bottleneckCodes(group: BottleneckGroup): string[] {
  return dimension('bottleneck').values.filter((v) => v.group === group).map((v) => v.code);
}

export interface FacetEntry {
  value: FilterValue;
  /** Codebook code, or null for an unmapped value. */
  code: string | null;
  label: string;
  count: number;
  testId: string;
  /** Nesting level in the geography tree. */
  depth: number;
  /** A value the filter names that the current counts do not list. */
  orphan: boolean;
  /** Geography: the parent's code in the hierarchy as main has it (names workbooks added included). */
  parent?: string | null;
}

export function facetEntries(dim: DimensionKey, counts: readonly FacetCount[], filter: Filter, lang: 'nl' | 'en'): FacetEntry[] {
  let unmapped = 0;
  const entries: FacetEntry[] = counts.map((c) => {
    const value: FilterValue = c.code === null ? { unmapped: c.label } : c.code;
    const testId = c.code === null ? `facet-${dim}-unmapped-${unmapped++}` : `facet-${dim}-${c.code}`;
    return { value, code: c.code, label: entryLabel(dim, c.code, c.label), count: c.count, testId, depth: 0, orphan: false, ...(c.parent !== undefined ? { parent: c.parent } : {}) };
  });
  const listed = new Set(entries.map((e) => valueKey(e.value)));
  for (const value of conditionOf(filter, dim)?.values ?? []) {
    if (listed.has(valueKey(value))) continue;
    const code = typeof value === 'string' ? value : null;
    const label = typeof value === 'string' ? entryLabel(dim, value, dimension(dim).values.find((v) => v.code === value)?.[lang] ?? value) : value.unmapped;
    const testId = code === null ? `facet-${dim}-unmapped-${unmapped++}` : `facet-${dim}-${code}`;
    entries.push({ value, code, label, count: 0, testId, depth: 0, orphan: true });
  }
  return dim === 'geography' ? geographyTree(entries) : entries;
}

/**
 * Geography as a tree: parents first, children indented under them. The parent is the one main
 * reports (it knows where names that workbooks added were placed), else the codebook's.
 */
export function geographyTree(entries: readonly FacetEntry[]): FacetEntry[] {
  const parentOf = new Map<string, string | null | undefined>(dimension('geography').values.map((v) => [v.code, v.parent]));
  for (const e of entries) if (e.code !== null && e.parent !== undefined) parentOf.set(e.code, e.parent);
  const byCode = new Map(entries.filter((e) => e.code !== null).map((e) => [e.code as string, e]));
  const children = new Map<string, FacetEntry[]>();
  const roots: FacetEntry[] = [];
  for (const entry of entries) {
    const parent = entry.code === null ? undefined : parentOf.get(entry.code);
    if (parent !== undefined && parent !== null && byCode.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(entry);
      children.set(parent, list);
    } else roots.push(entry);
  }
  const out: FacetEntry[] = [];
  const walk = (entry: FacetEntry, depth: number) => {
    out.push({ ...entry, depth });
    for (const child of (entry.code !== null && children.get(entry.code)) || []) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return out;
}

/** Case- and accent-insensitive match for the list search box. */
export function matchesSearch(label: string, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return fold(label).includes(fold(query.trim()));
}
