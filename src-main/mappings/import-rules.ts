/**
 * The stored rules as the import's mapping step takes them, and the import's own choices stored as
 * rules (docs/mappings.md). The import pipeline (src-main/import) lays the stored rules under the
 * mapping of each file: a choice made in the preview wins over a stored rule for the same header or value.
 */
import type { ColumnRule, ImportMapping, ValueDimensionKey, ValueRule } from '../../src-shared/import-mapping';
import { isColumnTarget } from '../../src-shared/import-mapping';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { allRules, upsertRule } from './repository';
import { headerKey, codeChecker, valueKey } from './resolve';

/** The database's rules as mapping rules (a value rule whose code the database no longer knows is left out). */
export function storedMappingRules(db: Db): { columns: ColumnRule[]; values: ValueRule[] } {
  const columns: ColumnRule[] = [];
  const values: ValueRule[] = [];
  const rules = allRules(db);
  if (rules.length === 0) return { columns, values };
  const knownCode = codeChecker(db);
  for (const r of rules) {
    if (r.kind === 'column') {
      if (isColumnTarget(r.target)) columns.push({ header: r.source, target: r.target });
    } else if (knownCode(r.dimension as ValueDimensionKey, r.target)) {
      values.push({ dimension: r.dimension as ValueDimensionKey, value: r.source, code: r.target });
    }
  }
  return { columns, values };
}

function keyOrNull(key: () => string): string | null {
  try {
    return key();
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

/**
 * Stores the column and value choices of an import's mapping step as rules, so the next import applies
 * them. Runs inside the import's own transaction (an import writes no per-row history; the rules can be
 * removed with `regioscan unmap` or on the Te koppelen screen).
 */
export function rememberImportRules(db: Db, mapping: ImportMapping): number {
  const at = new Date().toISOString();
  let stored = 0;
  for (const c of mapping.columns) {
    const key = keyOrNull(() => headerKey(c.header));
    if (key && upsertRule(db, { kind: 'column', dimension: null, source: c.header.trim(), matchKey: key, target: c.target }, at).changed) stored += 1;
  }
  for (const v of mapping.values) {
    // A value without letters or digits cannot be matched again by a later import: it stays a choice of this import only.
    const key = keyOrNull(() => valueKey(v.value));
    if (key && upsertRule(db, { kind: 'value', dimension: v.dimension, source: v.value.trim(), matchKey: key, target: v.code }, at).changed) stored += 1;
  }
  return stored;
}
