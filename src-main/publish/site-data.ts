/**
 * A publication's data: the activities the filter matches (by the app's own filter engine), their
 * initiatives, the values of every dimension they use in both languages, the map's lines and its
 * precomputed layout — and of the optional fields only those the publisher chose (fields.ts).
 */
import { DIMENSIONS, ORGANISATION_TYPES, REACH_SOURCES, REACH_UNITS, ROLES, type DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { Interner } from '../../src-shared/interner';
import { SITE_DATA_VERSION, SITE_DIMENSIONS, type SiteActivity, type SiteData, type SiteDimension, type SiteDimensionDef, type SiteInitiative, type SiteLang, type SiteText, type SiteValue } from '../../src-shared/site-model';
import type { Db } from '../db/open';
import { nextDoorsFor } from '../nextdoor';
import type { FieldChoice } from './fields';
import { mapLayout } from './layout';
import { activityExtras, activityRecords, geographyRecords, initiativeExtraRecords, initiativeRecords, providerRecords, valueRecords, type ValueRecord } from '../activities';
import { defaultMap, scanLabel, storedPositions, type ScanRecord } from './sources';

export interface SiteInput {
  /** The filter with its scans filled in (never empty: every scan when none was chosen). */
  filter: Filter;
  scans: ScanRecord[];
  activityIds: number[];
  fields: FieldChoice;
  language: SiteLang;
  title: string;
  contact: string | null;
  generatedAt: Date;
  generator: string;
  templateFile: string;
}

export interface BuiltSite {
  data: SiteData;
  layout: 'stored' | 'computed';
}

/** Next doors shown per activity on the site (the most specific first). */
export const NEXT_DOORS = 5;

/** Dimensions "Waar kan ik terecht?" asks about with a fixed list of answers. */
const ASKED: readonly SiteDimension[] = ['sector', 'size', 'bottleneck', 'form'];

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const text = (entry: { nl: string; en: string } | undefined, fallback: string): SiteText => ({ nl: entry?.nl ?? fallback, en: entry?.en ?? fallback });

/** Collects the values of one dimension as the published activities use them, and hands out their indices. */
class ValueTable {
  readonly values: SiteValue[] = [];
  private readonly sortKey: (string | number)[][] = [];
  private readonly codes = new Interner<string>();

  add(code: string, value: SiteValue, sort: (string | number)[]): number {
    return this.codes.id(code, () => {
      this.values.push(value);
      this.sortKey.push(sort);
    });
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** Sorts the values and returns old index → new index. */
  sort(): number[] {
    const order = this.values.map((_, i) => i).sort((a, b) => compareKeys(this.sortKey[a]!, this.sortKey[b]!));
    const remap: number[] = [];
    order.forEach((old, i) => (remap[old] = i));
    const sorted = order.map((i) => this.values[i]!);
    this.values.splice(0, this.values.length, ...sorted);
    return remap;
  }
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    if (c !== 0) return c;
  }
  return 0;
}

function valueOf(r: ValueRecord): { code: string; value: SiteValue; sort: (string | number)[] } {
  const unmapped = r.kind === 'unmapped' || r.code === null;
  const code = unmapped ? r.label_nl : r.code!;
  const value: SiteValue = { code, nl: r.label_nl, en: r.label_en };
  if (r.group_key) value.group = r.group_key;
  if (r.parent) value.parent = r.parent;
  if (r.generic) value.generic = true;
  if (unmapped) value.unmapped = true;
  return { code, value, sort: [unmapped ? 1 : 0, r.sort, r.label_nl] };
}

export function buildSiteData(db: Db, input: SiteInput): BuiltSite {
  const { fields } = input;
  const records = activityRecords(db, input.activityIds);
  const initiativeRows = initiativeRecords(db, [...new Set(records.map((r) => r.initiative_id))]).sort((a, b) => byName(a, b) || a.scan_id - b.scan_id || a.id - b.id);
  const scanIndex = new Map(input.scans.map((s, i) => [s.id, i]));
  const initiativeIndex = new Map(initiativeRows.map((r, i) => [r.id, i]));
  records.sort((a, b) => initiativeIndex.get(a.initiative_id)! - initiativeIndex.get(b.initiative_id)! || byName(a, b) || a.id - b.id);
  const activityIndex = new Map(records.map((r, i) => [r.id, i]));

  const tables = new Map<SiteDimension, ValueTable>(SITE_DIMENSIONS.map((d) => [d, new ValueTable()]));
  const codes: Partial<Record<SiteDimension, number[]>>[] = records.map(() => ({}));
  const put = (activity: number, dim: SiteDimension, i: number) => {
    const list = (codes[activity]![dim] ??= []);
    if (!list.includes(i)) list.push(i);
  };

  for (const r of valueRecords(db, input.activityIds)) {
    const { code, value, sort } = valueOf(r);
    put(activityIndex.get(r.activity_id)!, r.dimension as SiteDimension, tables.get(r.dimension as SiteDimension)!.add(code, value, sort));
  }
  // The questions of "Waar kan ik terecht?" offer every value of the codebook (an entrepreneur's own
  // sector may have no specific offer, yet the generic ones fit).
  for (const key of ASKED) {
    const table = tables.get(key)!;
    DIMENSIONS.find((d) => d.key === key)!.values.forEach((v, sort) => {
      if (!table.has(v.code)) table.add(v.code, { code: v.code, nl: v.nl, en: v.en, ...(v.group ? { group: v.group } : {}), ...(v.generic ? { generic: true } : {}) }, [0, sort, v.nl]);
    });
  }
  // Geography: the regions above the ones used too, so that a province can be chosen with its sub-regions.
  const geography = tables.get('geography')!;
  const places = new Map(geographyRecords(db).map((g) => [g.code, g]));
  for (const value of [...geography.values]) {
    for (let parent = value.parent; parent && !geography.has(parent); parent = places.get(parent)?.parent ?? undefined) {
      const g = places.get(parent);
      if (!g) break;
      geography.add(g.code, { code: g.code, nl: g.label_nl, en: g.label_en, ...(g.parent ? { parent: g.parent } : {}), ...(g.generic ? { generic: true } : {}) }, [0, g.sort, g.label_nl]);
    }
  }

  const providers: SiteActivity['providers'][] = records.map(() => []);
  const organisations = tables.get('organisation')!;
  const roles = tables.get('role')!;
  for (const p of providerRecords(db, input.activityIds)) {
    const a = activityIndex.get(p.activity_id)!;
    const type = ORGANISATION_TYPES.find((t) => t.code === p.type);
    const org = organisations.add(p.organisation, { code: p.organisation, nl: p.organisation, en: p.organisation, ...(p.type ? { type: text(type, p.type) } : {}) }, [p.organisation]);
    put(a, 'organisation', org);
    const entry = ROLES.find((r) => r.code === p.role);
    const roleCode = entry ? p.role : p.role || '?';
    put(a, 'role', roles.add(roleCode, { code: roleCode, ...text(entry, roleCode), ...(entry ? {} : { unmapped: true }) }, [entry ? ROLES.indexOf(entry) : 99, roleCode]));
    const list = providers[a]!;
    const known = list.find((x) => x.organisation === org);
    if (known) known.roles.push(roleCode);
    else list.push({ organisation: org, roles: [roleCode] });
  }
  const scanTable = tables.get('scan')!;
  input.scans.forEach((s, i) => scanTable.add(String(s.id), { code: String(s.id), nl: scanLabel(s.region, s.year), en: scanLabel(s.region, s.year) }, [i]));
  records.forEach((r, a) => {
    const i = initiativeRows[initiativeIndex.get(r.initiative_id)!]!;
    put(a, 'scan', scanIndex.get(i.scan_id)!);
  });

  // Values in codebook order; indices in every activity follow.
  const remaps = new Map<SiteDimension, number[]>();
  for (const [dim, table] of tables) if (dim !== 'scan') remaps.set(dim, table.sort());
  for (const c of codes) {
    for (const [dim, list] of Object.entries(c) as [SiteDimension, number[]][]) {
      const remap = remaps.get(dim);
      if (remap) c[dim] = list.map((i) => remap[i]!).sort((x, y) => x - y);
    }
  }
  const orgRemap = remaps.get('organisation')!;
  for (const list of providers) {
    for (const p of list) p.organisation = orgRemap[p.organisation]!;
    list.sort((x, y) => x.organisation - y.organisation);
  }

  const extras = fields.extra.size > 0 ? activityExtras(db, input.activityIds) : new Map();
  const activities: SiteActivity[] = records.map((r, a) => {
    const activity: SiteActivity = { id: r.id, initiative: initiativeIndex.get(r.initiative_id)!, name: r.name, description: r.description, codes: codes[a]!, providers: providers[a]! };
    if (fields.optional.has('reach') && r.reach !== null) {
      const unit = REACH_UNITS.find((u) => u.code === r.reach_unit);
      const source = REACH_SOURCES.find((s) => s.code === r.reach_source);
      activity.reach = { count: r.reach, unit: r.reach_unit ? text(unit, r.reach_unit) : null, source: r.reach_source ? text(source, r.reach_source) : null };
    }
    if (fields.optional.has('startYear') && r.start_year !== null) activity.startYear = r.start_year;
    const extra = ((extras.get(r.id) ?? []) as { name: string; value: string; initiative: boolean }[]).filter((e) => !e.initiative && fields.extra.has(e.name)).map((e) => ({ name: e.name, value: e.value }));
    if (extra.length > 0) activity.extra = extra;
    return activity;
  });

  // Volgende deur: the published activities one step further (docs/surveys.md), at most NEXT_DOORS each.
  const published = new Map(activities.map((a, i) => [a.id, i]));
  const nextDoorReasons: SiteText[] = [];
  const reasonIndex = new Map<string, number>();
  const reasonOf = (reason: SiteText) => {
    const key = `${reason.nl}\u0000${reason.en}`;
    return reasonIndex.get(key) ?? reasonIndex.set(key, nextDoorReasons.push(reason) - 1).get(key)!;
  };
  for (const [id, doors] of nextDoorsFor(db, input.activityIds, { keep: (next) => published.has(next), limit: NEXT_DOORS })) {
    activities[published.get(id)!]!.nextDoor = doors.map((d) => ({ activity: published.get(d.activityId)!, reason: reasonOf(d.reason) }));
  }

  const map = defaultMap(db, input.filter);
  const focus = new Map(map.nodes.map((n) => [n.id, n.focus]));
  const perInitiative = initiativeRows.map(() => [] as number[]);
  activities.forEach((a, i) => perInitiative[a.initiative]!.push(i));
  const layout = mapLayout(
    initiativeRows.map((r, i) => ({ id: r.id, activities: perInitiative[i]!.length })),
    map.edges,
    storedPositions(db, input.filter.scans),
  );
  const place = normalise(layout.positions);
  const initiativeExtras = new Map<number, { name: string; value: string }[]>();
  if (fields.extra.size > 0) {
    for (const e of initiativeExtraRecords(db, initiativeRows.map((r) => r.id))) {
      if (fields.extra.has(e.name)) initiativeExtras.set(e.initiative_id, [...(initiativeExtras.get(e.initiative_id) ?? []), { name: e.name, value: e.value }]);
    }
  }
  const initiatives: SiteInitiative[] = initiativeRows.map((r, i) => {
    const [x, y] = place.get(r.id) ?? [0, 0];
    const initiative: SiteInitiative = { id: r.id, name: r.name, description: r.description, website: r.website, scan: scanIndex.get(r.scan_id)!, focus: focus.get(r.id) ?? 'none', activities: perInitiative[i]!, x, y };
    if (fields.optional.has('startYear') && r.start_year !== null) initiative.startYear = r.start_year;
    const extra = initiativeExtras.get(r.id);
    if (extra) initiative.extra = extra;
    return initiative;
  });
  const edges = map.edges
    .filter((e) => e.type === 'sector' || e.type === 'generic')
    .map((e): [number, number, number] => [initiativeIndex.get(e.source)!, initiativeIndex.get(e.target)!, e.type === 'generic' ? 0 : e.weight])
    .filter(([a, b]) => a !== undefined && b !== undefined);

  const dimensions: SiteDimensionDef[] = SITE_DIMENSIONS.map((key) => {
    const def = DIMENSIONS.find((d) => d.key === (key as DimensionKey))!;
    return { key, nl: def.nl, en: def.en, ...(def.groups ? { groups: def.groups.map((g) => ({ key: g.key, nl: g.nl, en: g.en })) } : {}), values: tables.get(key)!.values };
  });

  const data: SiteData = {
    version: SITE_DATA_VERSION,
    title: input.title,
    language: input.language,
    contact: input.contact,
    generatedAt: input.generatedAt.toISOString(),
    generator: input.generator,
    fields: fields.names,
    templateFile: input.templateFile,
    scans: input.scans.map((s) => ({
      id: s.id,
      label: scanLabel(s.region, s.year),
      ...(fields.optional.has('notes') ? { notes: { performedBy: s.performed_by, source: s.source, notes: s.notes } } : {}),
    })),
    dimensions,
    initiatives,
    activities,
    ...(nextDoorReasons.length > 0 ? { nextDoorReasons } : {}),
    edges,
  };
  return { data, layout: layout.source };
}

/** Positions scaled into a 0–1000 box and rounded to a tenth: the map's shape, in few bytes. */
function normalise(positions: ReadonlyMap<number, [number, number]>): Map<number, [number, number]> {
  const xs = [...positions.values()].map((p) => p[0]);
  const ys = [...positions.values()].map((p) => p[1]);
  const minX = Math.min(...xs), minY = Math.min(...ys);
  const scale = 1000 / (Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return new Map([...positions].map(([id, [x, y]]) => [id, [round((x - minX) * scale), round((y - minY) * scale)]]));
}
