/**
 * `regioscan map` / `unmap` and the Te koppelen screen's code picker (docs/mappings.md). Mapping a
 * value stores the rule and moves every activity holding the value (in every scan of the database)
 * from the unmapped value to the code — ONE change group with origin `mapping`, which `regioscan
 * undo` takes back whole (rows and rule). Unmapping removes the rule only: rows keep their code.
 */
import { dimension } from '../../src-shared/codebook';
import type { ValueDimensionKey } from '../../src-shared/import-mapping';
import type { MappingRuleView, MapResult } from '../../src-shared/mappings-model';
import { edit, mapping, refreshIndex } from '../activities';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { withChangeGroup, type Changes } from '../history';
import { allRules, deleteRule, ruleById, ruleByKey, upsertRule, type RuleRow } from './repository';
import { codeOf, columnTargetOf, headerKey, isColumnWord, refusedRule, targetLabel, valueDimension, valueKey } from './resolve';

export function ruleView(row: RuleRow, lang: 'nl' | 'en' = 'en'): MappingRuleView {
  return { id: row.id, kind: row.kind, dimension: row.dimension, value: row.source, target: row.target, targetLabel: targetLabel(row.kind, row.dimension, row.target, lang), createdAt: row.created_at };
}

export function listRules(db: Db, lang: 'nl' | 'en' = 'en'): MappingRuleView[] {
  return allRules(db).map((r) => ruleView(r, lang));
}

/**
 * Moves every activity holding the unmapped value (dimension, folded key) to the code, inside the
 * caller's change group. A single-valued dimension keeps a code an activity already has there: that
 * activity keeps the unmapped value too (skipped), so nothing is lost.
 */
export function applyValueRule(db: Db, dim: ValueDimensionKey, key: string, code: string): { changed: number; skipped: number } {
  const unmapped = mapping.unmappedByKey(db, dim, key);
  if (!unmapped) return { changed: 0, skipped: 0 };
  const target = edit.valueId(db, dim, code);
  if (target === undefined) throw new Error(`code ${dim}:${code} has no row`);
  const single = !dimension(dim).multi;
  let changed = 0;
  let skipped = 0;
  for (const activity of mapping.activitiesHolding(db, unmapped.id)) {
    if (single && mapping.codedValuesIn(db, activity, dim, target) > 0) {
      skipped += 1;
      continue;
    }
    mapping.replaceActivityValue(db, activity, unmapped.id, target);
    changed += 1;
  }
  return { changed, skipped };
}

function finish(db: Db, changes: Changes): void {
  // The index follows in place (activity values moved).
  if (changes.group !== null) refreshIndex(db, changes);
}

/** `regioscan map DIM "VALUE" CODE` (DIM `kolom`/`column`: a column rule HEADER → TARGET). */
export function mapValue(db: Db, args: { dimension: string; value: string; code: string; lang?: 'nl' | 'en' }): MapResult {
  const lang = args.lang ?? 'en';
  if (isColumnWord(args.dimension)) return mapColumn(db, { header: args.value, target: args.code, lang });
  const dim = valueDimension(args.dimension);
  const key = valueKey(args.value);
  const code = codeOf(db, dim, args.code);
  const source = args.value.trim();
  const { result, changes } = withChangeGroup(db, { origin: 'mapping', label: `${dim}: "${clip(source, 80)}" → ${code}` }, () => {
    const { id } = upsertRule(db, { kind: 'value', dimension: dim, source, matchKey: key, target: code }, new Date().toISOString());
    return { id, ...applyValueRule(db, dim, key, code) };
  });
  finish(db, changes);
  return { rule: ruleView(ruleById(db, result.id)!, lang), changed: result.changed, skipped: result.skipped, group: changes.group };
}

/** A column rule: a header goes to a field (what the import's mapping step stores). */
export function mapColumn(db: Db, args: { header: string; target: string; lang?: 'nl' | 'en' }): MapResult {
  const key = headerKey(args.header);
  const target = columnTargetOf(args.target);
  const source = args.header.trim();
  const { result, changes } = withChangeGroup(db, { origin: 'mapping', label: `column "${clip(source, 80)}" → ${target}` }, () =>
    upsertRule(db, { kind: 'column', dimension: null, source, matchKey: key, target }, new Date().toISOString()),
  );
  return { rule: ruleView(ruleById(db, result.id)!, args.lang ?? 'en'), changed: 0, skipped: 0, group: changes.group };
}

/** `regioscan unmap DIM "VALUE"`: removes the rule (one change group, origin `mapping`); rows keep their code. */
export function unmapValue(db: Db, args: { dimension: string; value: string }): { removed: MappingRuleView; group: number | null } {
  const column = isColumnWord(args.dimension);
  const dim = column ? null : valueDimension(args.dimension);
  const key = column ? headerKey(args.value) : valueKey(args.value);
  const rule = ruleByKey(db, column ? 'column' : 'value', dim, key);
  if (!rule) {
    const what = column ? { en: 'column', nl: 'kolom' } : { en: dimension(dim!).en, nl: dimension(dim!).nl };
    throw new UserError('not-found', { en: `There is no mapping rule for ${what.en} '${clip(args.value)}'.`, nl: `Er is geen koppelregel voor ${what.nl} '${clip(args.value)}'.` });
  }
  return removeRule(db, rule);
}

/** Removes a stored rule by id (the Te koppelen screen's remove button). */
export function unmapRule(db: Db, id: number): { removed: MappingRuleView; group: number | null } {
  const rule = ruleById(db, id);
  if (!rule) throw refusedRule(`there is no mapping rule ${id}.`, `er is geen koppelregel ${id}.`);
  return removeRule(db, rule);
}

function removeRule(db: Db, rule: RuleRow): { removed: MappingRuleView; group: number | null } {
  const { changes } = withChangeGroup(db, { origin: 'mapping', label: `remove rule ${rule.dimension ?? 'column'}: "${clip(rule.source, 80)}"` }, () => deleteRule(db, rule.id));
  return { removed: ruleView(rule), group: changes.group };
}
