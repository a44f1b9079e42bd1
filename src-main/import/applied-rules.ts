/**
 * Which mapping rules an import applied, for its report (docs/mappings.md): the database's stored
 * rules laid under the file's own mapping (a choice made in the preview wins for the same header or
 * value), and per rule how many cells it mapped — counted from the report's `value-mapped` rows (one
 * per cell value a rule decided) and, for a column rule, the filled cells under the column.
 */
import { foldKey, resolveDimension } from '../../src-shared/codebook';
import type { ColumnRule, ImportMapping, ValueRule } from '../../src-shared/import-mapping';
import type { AppliedRule } from '../../src-shared/mappings-model';
import type { InterpretedScan } from './interpret';
import { ruleKey } from './table';

export interface StoredRules {
  columns: ColumnRule[];
  values: ValueRule[];
}

const valueRuleKey = (r: { dimension: string; value: string }) => `${r.dimension}\u0000${foldKey(r.value)}`;

/** The mapping an import runs with: the stored rules, then the file's own (which win). */
export function withStoredRules(mapping: ImportMapping, stored: StoredRules): ImportMapping {
  const ownColumns = new Set(mapping.columns.map((c) => ruleKey(c.header)));
  const ownValues = new Set(mapping.values.map(valueRuleKey));
  return {
    columns: [...stored.columns.filter((c) => !ownColumns.has(ruleKey(c.header))), ...mapping.columns],
    values: [...stored.values.filter((v) => !ownValues.has(valueRuleKey(v))), ...mapping.values],
    places: mapping.places,
  };
}

/** The rules that mapped something in this scan, with their cell counts. */
export function appliedRules(scan: InterpretedScan, mapping: ImportMapping, stored: StoredRules): AppliedRule[] {
  const ownColumns = new Set(mapping.columns.map((c) => ruleKey(c.header)));
  const ownValues = new Set(mapping.values.map(valueRuleKey));
  const cells = new Map<string, number>();
  for (const issue of scan.issues) {
    if (issue.code !== 'value-mapped') continue;
    // The import report names the dimension by its Dutch name.
    const dim = resolveDimension(String(issue.params.dimension));
    if (!dim) continue;
    const key = valueRuleKey({ dimension: dim, value: String(issue.params.text) });
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const out: AppliedRule[] = [];
  const effective = withStoredRules(mapping, stored);
  for (const c of effective.columns) {
    const column = scan.columns.find((col) => ruleKey(col.header) === ruleKey(c.header) && col.target === c.target);
    if (column) out.push({ kind: 'column', dimension: null, value: c.header, target: c.target, cells: column.values, stored: !ownColumns.has(ruleKey(c.header)) });
  }
  for (const v of effective.values) {
    const n = cells.get(valueRuleKey(v)) ?? 0;
    if (n > 0) out.push({ kind: 'value', dimension: v.dimension, value: v.value, target: v.code, cells: n, stored: !ownValues.has(valueRuleKey(v)) });
  }
  return out;
}
