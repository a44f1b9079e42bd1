/**
 * The edit channels' structured changes (src-shared/contract.ts: activityEditSchema,
 * initiativeEditSchema) → the same checked sets `--set` makes (set-clauses.ts), so the app and the
 * CLI write through one path with one set of checks. A code must be the dimension's (codebook or a
 * value the database added); an unmapped value must be one the database keeps; a dimension the method
 * gives one value takes one. Anything else is one sentence, before anything is written.
 */
import type { z } from 'zod';
import { dimension } from '../../src-shared/codebook';
import type { activityEditSchema, initiativeEditSchema } from '../../src-shared/contract';
import type { ValueDimensionKey } from '../../src-shared/import-mapping';
import { edit } from '../activities';
import type { Db } from '../db/open';
import { clip } from '../errors';
import { coded, refused, text, wholeNumber } from './checks';
import { extraName, extraSet, providerNames, roleOf, type ExtraSet } from './provider-sets';
import type { ActivitySet, InitiativeSet } from './set-clauses';

export type ActivityEdit = z.output<typeof activityEditSchema>;
export type InitiativeEdit = z.output<typeof initiativeEditSchema>;

const number = (field: string, value: number | null, min: number, max: number) => (value === null ? null : wholeNumber(field, String(value), min, max));
const words = (field: string, value: string | null, required: boolean) => (value === null ? text(field, '', required) : text(field, value.trim(), required));

function valueIds(db: Db, dim: ValueDimensionKey, values: readonly (string | { unmapped: string })[]): number[] {
  const ids = values.map((v) => {
    const found = edit.valueId(db, dim, v);
    if (found !== undefined) return found;
    const shown = clip(typeof v === 'string' ? v : v.unmapped);
    throw typeof v === 'string'
      ? refused(`${dimension(dim).en} has no code '${shown}'.`, `${dimension(dim).nl} heeft geen code '${shown}'.`)
      : refused(`${dimension(dim).en} keeps no unmapped value '${shown}'.`, `${dimension(dim).nl} bewaart geen niet-gekoppelde waarde '${shown}'.`);
  });
  const unique = [...new Set(ids)];
  if (!dimension(dim).multi && unique.length > 1) throw refused(`${dimension(dim).en} takes one value, not ${unique.length}.`, `${dimension(dim).nl} heeft één waarde, niet ${unique.length}.`);
  return unique;
}

/** An activity's structured edit as checked sets (in a fixed order: fields, initiative, dimensions). */
export function activitySetsOf(db: Db, change: ActivityEdit): ActivitySet[] {
  const sets: ActivitySet[] = [];
  if (change.name !== undefined) sets.push({ kind: 'field', field: 'name', value: words('name', change.name, true) });
  if (change.description !== undefined) sets.push({ kind: 'field', field: 'description', value: words('description', change.description, false) });
  if (change.startYear !== undefined) sets.push({ kind: 'field', field: 'startYear', value: number('startYear', change.startYear, 1900, 2100) });
  if (change.reach !== undefined) sets.push({ kind: 'field', field: 'reach', value: number('reach', change.reach, 0, 1_000_000_000) });
  if (change.reachUnit !== undefined) sets.push({ kind: 'field', field: 'reachUnit', value: change.reachUnit === null ? null : coded(db, 'reachUnit', change.reachUnit) });
  if (change.reachSource !== undefined) sets.push({ kind: 'field', field: 'reachSource', value: change.reachSource === null ? null : coded(db, 'reachSource', change.reachSource) });
  if (change.initiative !== undefined) sets.push({ kind: 'initiative', value: String(change.initiative) });
  for (const [dim, values] of Object.entries(change.values ?? {}) as [ValueDimensionKey, (string | { unmapped: string })[]][]) {
    sets.push({ kind: 'values', dimension: dim, ids: valueIds(db, dim, values) });
  }
  for (const [role, names] of Object.entries(change.providers ?? {})) {
    const code = roleOf(role);
    if (code !== role) throw refused(`'${clip(role)}' is not a provider role's code.`, `'${clip(role)}' is geen code van een rol.`);
    sets.push(providerNames(code, names));
  }
  return [...sets, ...extraSets(change.extras)];
}

/** Extra fields by name: a text sets, null (or empty) clears; a name given twice (case aside) is refused. */
function extraSets(extras: Record<string, string | null> | undefined): ExtraSet[] {
  const seen = new Set<string>();
  return Object.entries(extras ?? {}).map(([key, value]) => {
    const name = extraName(`extra.${key}`)!;
    if (seen.has(name.toLowerCase())) throw refused(`extra.${clip(name)} is given twice.`, `extra.${clip(name)} staat er twee keer.`);
    seen.add(name.toLowerCase());
    return extraSet(name, value === null ? '' : value.trim());
  });
}

/** An initiative's structured edit as checked sets. */
export function initiativeSetsOf(change: InitiativeEdit): InitiativeSet[] {
  const sets: InitiativeSet[] = [];
  if (change.name !== undefined) sets.push({ kind: 'field', field: 'name', value: words('name', change.name, true) });
  if (change.description !== undefined) sets.push({ kind: 'field', field: 'description', value: words('description', change.description, false) });
  if (change.website !== undefined) sets.push({ kind: 'field', field: 'website', value: words('website', change.website, false) });
  if (change.startYear !== undefined) sets.push({ kind: 'field', field: 'startYear', value: number('startYear', change.startYear, 1900, 2100) });
  if (change.homeRegion !== undefined) sets.push({ kind: 'field', field: 'homeRegion', value: words('homeRegion', change.homeRegion, false) });
  return [...sets, ...extraSets(change.extras)];
}
