/**
 * The detail panel's edit forms as data: what a form starts from (the row as main showed it), the
 * options of a dimension's picker, and the change to send — only the fields that differ, so one save
 * is one change group holding exactly what the user changed. Pure: no React, no DOM.
 */
import { dimension, REACH_SOURCES, REACH_UNITS, ROLES, type DimensionKey } from '../../../../src-shared/codebook';
import type { ArgsOf } from '../../../../src-shared/contract';
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../../../src-shared/import-mapping';
import type { ActivityDetail, ExtraFieldView, FacetCount, InitiativeDetail, ValueLabel } from '../../../../src-shared/model';

export type ActivityEdit = ArgsOf<'edits.activity'>['set'];
export type InitiativeEdit = ArgsOf<'edits.initiative'>['set'];
type EditValue = string | { unmapped: string };

/** The dimensions an activity's form edits, in the panel's order. */
export const EDITED_DIMENSIONS: readonly ValueDimensionKey[] = VALUE_DIMENSION_KEYS;

/** A picker's value: `c:<code>` for a code, `u:<text>` for a value kept unmapped. */
export function encodeValue(v: ValueLabel): string {
  return v.code === null ? `u:${v.label}` : `c:${v.code}`;
}

export function decodeValue(value: string): EditValue {
  return value.startsWith('u:') ? { unmapped: value.slice(2) } : value.slice(2);
}

export const isUnmapped = (value: string) => value.startsWith('u:');

export interface ActivityForm {
  name: string;
  description: string;
  startYear: number | null;
  reach: number | null;
  reachUnit: string | null;
  reachSource: string | null;
  initiative: number;
  values: Record<ValueDimensionKey, string[]>;
  /** The organisations per provider role (by role code). */
  providers: Record<string, string[]>;
  extras: ExtraRow[];
}

/** An extra field in a form: its name (typed for a new one) and value ('' clears it). */
export interface ExtraRow {
  name: string;
  value: string;
  added?: boolean;
}

/** The roles the form edits: the codebook's, in its order. */
export const EDITED_ROLES: readonly string[] = ROLES.map((r) => r.code);

function providerForm(a: ActivityDetail): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(EDITED_ROLES.map((r) => [r, []]));
  for (const p of a.providers) for (const r of p.roles) if (r.code !== null && out[r.code]) out[r.code]!.push(p.organisation);
  return out;
}

const extraRows = (extra: readonly ExtraFieldView[]): ExtraRow[] => extra.map((e) => ({ name: e.name, value: e.value }));

export function activityForm(a: ActivityDetail): ActivityForm {
  const values = Object.fromEntries(EDITED_DIMENSIONS.map((d) => [d, (a.values[d] ?? []).map(encodeValue)])) as Record<ValueDimensionKey, string[]>;
  return {
    name: a.name,
    description: a.description ?? '',
    startYear: a.startYear,
    reach: a.reach,
    reachUnit: a.reachUnitCode,
    reachSource: a.reachSourceCode,
    initiative: a.initiativeId,
    values,
    providers: providerForm(a),
    // The activity's own extra fields (its initiative's are edited on the initiative).
    extras: extraRows(a.extra.filter((e) => !e.initiative)),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const fold = (names: readonly string[]) => [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];

/** `change` with the extra fields whose value changed ('' clears) and the new ones with a name and a value. */
function withExtras<T extends { extras?: Record<string, string | null> }>(change: T, before: readonly ExtraRow[], after: readonly ExtraRow[]): T {
  const out: Record<string, string | null> = {};
  const was = new Map(before.map((e) => [e.name, e.value]));
  for (const e of after) {
    const name = e.name.trim();
    const value = e.value.trim();
    if (name === '') continue;
    if (!was.has(name)) {
      if (value !== '') out[name] = value;
    } else if (value !== was.get(name)!.trim()) out[name] = value === '' ? null : value;
  }
  if (Object.keys(out).length > 0) change.extras = out;
  return change;
}
const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** What differs between the row and the form, as `edits.activity` takes it (empty: nothing to save). */
export function activityChanges(before: ActivityForm, after: ActivityForm): ActivityEdit {
  const out: ActivityEdit = {};
  if (after.name.trim() !== before.name) out.name = after.name.trim();
  if (textOrNull(after.description) !== textOrNull(before.description)) out.description = textOrNull(after.description);
  if (after.startYear !== before.startYear) out.startYear = after.startYear;
  if (after.reach !== before.reach) out.reach = after.reach;
  if (after.reachUnit !== before.reachUnit) out.reachUnit = after.reachUnit;
  if (after.reachSource !== before.reachSource) out.reachSource = after.reachSource;
  if (after.initiative !== before.initiative) out.initiative = after.initiative;
  const values: NonNullable<ActivityEdit['values']> = {};
  for (const d of EDITED_DIMENSIONS) {
    if (!sameSet(before.values[d], after.values[d])) values[d] = after.values[d].map(decodeValue);
  }
  if (Object.keys(values).length > 0) out.values = values;
  const providers: Record<string, string[]> = {};
  for (const role of EDITED_ROLES) {
    const now = after.providers[role] ?? [];
    if (!sameSet(fold(before.providers[role] ?? []), fold(now))) providers[role] = now.map((n) => n.trim()).filter(Boolean);
  }
  if (Object.keys(providers).length > 0) out.providers = providers;
  return withExtras(out, before.extras, after.extras);
}

export interface InitiativeForm {
  name: string;
  description: string;
  website: string;
  startYear: number | null;
  homeRegion: string;
  extras: ExtraRow[];
}

export function initiativeForm(i: InitiativeDetail): InitiativeForm {
  return { name: i.name, description: i.description ?? '', website: i.website ?? '', startYear: i.startYear, homeRegion: i.homeRegion ?? '', extras: extraRows(i.extra) };
}

export function initiativeChanges(before: InitiativeForm, after: InitiativeForm): InitiativeEdit {
  const out: InitiativeEdit = {};
  if (after.name.trim() !== before.name) out.name = after.name.trim();
  for (const key of ['description', 'website', 'homeRegion'] as const) {
    if (textOrNull(after[key]) !== textOrNull(before[key])) out[key] = textOrNull(after[key]);
  }
  if (after.startYear !== before.startYear) out.startYear = after.startYear;
  return withExtras(out, before.extras, after.extras);
}

export interface PickerOption {
  value: string;
  label: string;
}

/**
 * A dimension's picker: its codes (the codebook's and those the scan's workbooks added, from the
 * facets) with code and label. Unmapped values are not offered: they show as a badge of their own
 * and can only be kept or removed (mapping them is the Te koppelen screen's work).
 */
export function pickerOptions(dim: DimensionKey, facet: readonly FacetCount[] | undefined, current: readonly string[]): PickerOption[] {
  const options: PickerOption[] = [];
  const seen = new Set<string>();
  for (const v of facet ?? []) {
    if (v.code === null || seen.has(v.code)) continue;
    seen.add(v.code);
    options.push({ value: `c:${v.code}`, label: codeAndLabel(v.code, v.label) });
  }
  // A code the activity has but the facets did not list (another scan's open value) stays choosable.
  for (const value of current) {
    if (!isUnmapped(value) && !seen.has(value.slice(2))) options.push({ value, label: value.slice(2) });
  }
  return options;
}

/** Code and label, as a picker lists them ("C · Industrie"); a code that is its own label once. */
function codeAndLabel(code: string, label: string): string {
  return code === label ? label : `${code} · ${label}`;
}

export const isMulti = (dim: DimensionKey) => dimension(dim).multi;

/** The reach unit and source pickers (the codebook's short lists). */
export function listOptions(list: 'reachUnit' | 'reachSource', lang: 'nl' | 'en'): PickerOption[] {
  return (list === 'reachUnit' ? REACH_UNITS : REACH_SOURCES).map((e) => ({ value: e.code, label: e[lang] }));
}
