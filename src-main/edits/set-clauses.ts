/**
 * `--set KEY=VALUE` → what an edit writes. Dimensions take the names, aliases and value syntax of
 * `--where` (its parser, activities/where.ts): a key, Dutch or English name; codes or labels, several
 * separated as there; a value kept unmapped by its text. Fields take their --where/--set key or the
 * column name the workbook uses (name/Activiteit, reach/Bereik, …). An empty value clears. Anything
 * that names nothing is refused with one sentence (exit 2), before anything is written.
 */
import { dimension, resolveDimension } from '../../src-shared/codebook';
import { FIELD_TARGETS, VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { edit, parseWhere } from '../activities';
import type { Db } from '../db/open';
import { clip } from '../errors';
import { coded, MAX_REACH, refused, text, wholeNumber } from './checks';
import { extraName, extraSet, providerClause, roleOf, setKey, type ExtraSet, type ProviderSet } from './provider-sets';

type ActivityField = edit.ActivityField;
type InitiativeField = edit.InitiativeField;

export type ActivitySet =
  | { kind: 'field'; field: Exclude<ActivityField, 'initiative'>; value: string | number | null }
  | { kind: 'initiative'; value: string }
  | { kind: 'values'; dimension: ValueDimensionKey; ids: number[] }
  | ProviderSet
  | ExtraSet;

export type InitiativeSet = { kind: 'field'; field: InitiativeField; value: string | number | null } | ExtraSet;

export { refused, text } from './checks';

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** Field keys with their Dutch and English column names, as the workbook's headers name them. */
function aliases<K extends string>(keys: Record<K, readonly string[]>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [key, targets] of Object.entries(keys) as [K, readonly string[]][]) {
    out.set(fold(key), key);
    for (const t of targets) {
      const target = FIELD_TARGETS.find((f) => f.key === t);
      if (target) for (const name of [target.nl, target.en]) out.set(fold(name), key);
    }
  }
  return out;
}

const ACTIVITY_KEYS = aliases<ActivityField>({
  name: ['activity'], description: ['activityDescription', 'description'], startYear: ['startYear'], reach: ['reach'],
  reachUnit: ['reachUnit'], reachSource: ['reachSource'], initiative: ['initiative'],
});
ACTIVITY_KEYS.set('naam', 'name');
const INITIATIVE_KEYS = aliases<InitiativeField>({
  name: ['initiative'], description: ['initiativeDescription', 'description'], website: ['website'], startYear: ['initiativeStartYear', 'startYear'], homeRegion: ['homeRegion'],
});
INITIATIVE_KEYS.set('naam', 'name');

function split(clause: string): { key: string; value: string } {
  const at = clause.indexOf('=');
  if (at <= 0) throw refused(`--set takes KEY=VALUE, not '${clip(clause)}'.`, `--set verwacht SLEUTEL=WAARDE, niet '${clip(clause)}'.`);
  return { key: clause.slice(0, at).trim(), value: clause.slice(at + 1).trim() };
}

function values(db: Db, key: string, value: string): ActivitySet {
  const dim = resolveDimension(key);
  if (!dim) {
    throw refused(
      `unknown field '${clip(key)}' in --set; use name, description, reach, startYear, reachUnit, reachSource, initiative, a dimension such as sector or type, a role such as uitvoerder, or extra.NAME.`,
      `onbekend veld '${clip(key)}' in --set; gebruik name, description, reach, startYear, reachUnit, reachSource, initiative, een dimensie zoals sector of type, een rol zoals uitvoerder, of extra.NAAM.`,
    );
  }
  if (!(VALUE_DIMENSION_KEYS as readonly string[]).includes(dim)) {
    throw refused(`${dimension(dim).en} is not set with --set on an activity.`, `${dimension(dim).nl} wordt niet met --set op een activiteit gezet.`);
  }
  const d = dim as ValueDimensionKey;
  if (value === '') return { kind: 'values', dimension: d, ids: [] };
  const [condition] = parseWhere(db, [`${d}=${value}`], { option: '--set', code: 'refused-set' });
  const ids = [...new Set(condition!.values.map((v) => edit.valueId(db, d, typeof v === 'string' ? v : { unmapped: v.unmapped })))];
  if (ids.some((id) => id === undefined)) throw new Error(`--set ${d}: a value --where knows has no row`);
  if (!dimension(d).multi && ids.length > 1) {
    throw refused(`${dimension(d).en} takes one value, not ${ids.length}.`, `${dimension(d).nl} heeft één waarde, niet ${ids.length}.`);
  }
  return { kind: 'values', dimension: d, ids: ids as number[] };
}

/** The --set clauses of `regioscan edit` or `add`, checked; the same key twice is refused. */
export function activitySets(db: Db, clauses: readonly string[]): ActivitySet[] {
  const seen = new Set<string>();
  return clauses.map((clause) => {
    const { key, value } = split(clause);
    const field = ACTIVITY_KEYS.get(fold(key));
    const extra = field === undefined ? extraName(key) : undefined;
    const role = field === undefined && extra === undefined ? roleOf(key) : undefined;
    const set: ActivitySet =
      extra !== undefined ? extraSet(extra, value)
      : role !== undefined ? providerClause(role, value)
      : field === undefined ? values(db, key, value)
      : field === 'initiative' ? { kind: 'initiative', value }
      : field === 'name' || field === 'description' ? { kind: 'field', field, value: text(field, value, field === 'name') }
      : field === 'reach' ? { kind: 'field', field, value: wholeNumber('reach', value, 0, MAX_REACH) }
      : field === 'startYear' ? { kind: 'field', field, value: wholeNumber('startYear', value, 1900, 2100) }
      : { kind: 'field', field, value: coded(db, field, value) };
    const name = set.kind === 'values' ? set.dimension : set.kind === 'initiative' ? 'initiative' : set.kind === 'field' ? set.field : setKey(set);
    if (seen.has(name)) throw refused(`--set names ${name} twice.`, `--set noemt ${name} twee keer.`);
    seen.add(name);
    return set;
  });
}

/** The --set clauses of `regioscan initiative`. */
export function initiativeSets(clauses: readonly string[]): InitiativeSet[] {
  const seen = new Set<string>();
  return clauses.map((clause) => {
    const { key, value } = split(clause);
    const extra = extraName(key);
    const field = INITIATIVE_KEYS.get(fold(key));
    if (field === undefined && extra === undefined) {
      throw refused(`unknown field '${clip(key)}' of an initiative in --set; use name, website, description, startYear, homeRegion or extra.NAME.`, `onbekend veld '${clip(key)}' van een initiatief in --set; gebruik name, website, description, startYear, homeRegion of extra.NAAM.`);
    }
    const name = extra !== undefined ? `extra.${extra.toLowerCase()}` : field!;
    if (seen.has(name)) throw refused(`--set names ${name} twice.`, `--set noemt ${name} twee keer.`);
    seen.add(name);
    if (extra !== undefined) return extraSet(extra, value);
    if (field === 'startYear') return { kind: 'field', field, value: wholeNumber('startYear', value, 1900, 2100) };
    if (field === 'website' && value !== '' && /\s/.test(value)) throw refused(`a website has no spaces: '${clip(value)}'.`, `een website bevat geen spaties: '${clip(value)}'.`);
    return { kind: 'field', field: field!, value: text(field!, value, field === 'name') };
  });
}
