/** The SQL on `mapping_rule` (migration 7): the stored value and column rules (docs/mappings.md). */
import type { Db } from '../db/open';
import { statements } from '../db/statements';
import type { MappingRuleKind } from '../../src-shared/mappings-model';

export interface RuleRow {
  id: number;
  kind: MappingRuleKind;
  dimension: string | null;
  source: string;
  match_key: string;
  target: string;
  created_at: string;
}

const COLUMNS = 'id, kind, dimension, source, match_key, target, created_at';

const sql = statements({
  all: `SELECT ${COLUMNS} FROM mapping_rule ORDER BY kind DESC, dimension, source COLLATE NOCASE, id`,
  byKey: `SELECT ${COLUMNS} FROM mapping_rule WHERE kind = ? AND coalesce(dimension, '') = coalesce(?, '') AND match_key = ?`,
  byId: `SELECT ${COLUMNS} FROM mapping_rule WHERE id = ?`,
  insert: 'INSERT INTO mapping_rule (kind, dimension, source, match_key, target, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  setTarget: 'UPDATE mapping_rule SET target = ? WHERE id = ?',
  setSource: 'UPDATE mapping_rule SET source = ? WHERE id = ?',
  delete: 'DELETE FROM mapping_rule WHERE id = ?',
});

export function allRules(db: Db): RuleRow[] {
  return sql(db).all.all() as RuleRow[];
}

export function ruleByKey(db: Db, kind: MappingRuleKind, dimension: string | null, matchKey: string): RuleRow | undefined {
  return sql(db).byKey.get(kind, dimension, matchKey) as RuleRow | undefined;
}

export function ruleById(db: Db, id: number): RuleRow | undefined {
  return sql(db).byId.get(id) as RuleRow | undefined;
}

/**
 * Stores a rule: a new one, or the one with the same key given the new target (and the source as now
 * written). Answers whether anything changed.
 */
export function upsertRule(db: Db, rule: { kind: MappingRuleKind; dimension: string | null; source: string; matchKey: string; target: string }, at: string): { id: number; changed: boolean } {
  const q = sql(db);
  const known = ruleByKey(db, rule.kind, rule.dimension, rule.matchKey);
  if (!known) return { id: Number(q.insert.run(rule.kind, rule.dimension, rule.source, rule.matchKey, rule.target, at).lastInsertRowid), changed: true };
  let changed = false;
  if (known.target !== rule.target) {
    q.setTarget.run(rule.target, known.id);
    changed = true;
  }
  if (known.source !== rule.source) {
    q.setSource.run(rule.source, known.id);
    changed = true;
  }
  return { id: known.id, changed };
}

export function deleteRule(db: Db, id: number): void {
  sql(db).delete.run(id);
}
