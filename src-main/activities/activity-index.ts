/**
 * An in-memory index of the activities for fast filtering: one bitset of activity positions per
 * dimension value, scan and role, a position list per organisation, and reach/start-year columns.
 * Facet counts become AND + popcount over bitsets instead of SQL GROUP BYs. Built on first use from
 * the database and rebuilt when the data changed (PRAGMA data_version for other connections, such as
 * the import worker; invalidateIndex() for this connection's own writes).
 */
import { FORMS, foldKey, type DimensionKey } from '../../src-shared/codebook';
import { initiativeFocus, type FocusKey } from '../../src-shared/focus';
import type { Condition, Filter } from '../../src-shared/filter';
import type { Db } from '../db/open';
import * as B from './bitsets';
import { dataVersion, indexRows } from './repository';
import { textBits } from './text-search';

export interface ValueInfo {
  id: number;
  dimension: DimensionKey;
  code: string | null;
  labelNl: string;
  labelEn: string;
  kind: string;
  parentId: number | null;
}

export interface ActivityIndex {
  n: number;
  ids: Int32Array;
  /** The initiative of each activity position. */
  initiative: Int32Array;
  position: Map<number, number>;
  values: Map<number, ValueInfo>;
  valueBits: Map<number, B.Bits>;
  valueByCode: Map<string, number>;
  valueByUnmapped: Map<string, number>;
  children: Map<number, number[]>;
  organisations: Map<number, { name: string; matchKey: string; positions: Int32Array }>;
  organisationByKey: Map<string, number>;
  roleBits: Map<string, B.Bits>;
  scanBits: Map<number, B.Bits>;
  reach: Float64Array;
  startYear: Float64Array;
  /** Activity positions in display order, per sort key and direction (built when first asked). */
  orders: Map<string, Int32Array>;
  /** Focus of digitalisation per initiative, from the forms of all its activities (built when first asked). */
  focus?: Map<number, FocusKey>;
  /** Per geography value: its activities and those of every value below it (built when first asked). */
  geographySubtrees?: Map<number, B.Bits>;
}

/**
 * Per geography value, the activities that selecting it with its sub-regions returns: its own and
 * those of every value below it (the same walk down `children` as a filter makes).
 */
export function geographySubtrees(index: ActivityIndex): Map<number, B.Bits> {
  if (index.geographySubtrees) return index.geographySubtrees;
  const out = new Map<number, B.Bits>();
  for (const info of index.values.values()) {
    if (info.dimension !== 'geography') continue;
    const bits = B.empty(index.n);
    for (const id of valueIdsOf(index, { dimension: 'geography', mode: 'any', values: [] }, info.id, true)) {
      const own = index.valueBits.get(id);
      if (own) B.orInto(bits, own);
    }
    out.set(info.id, bits);
  }
  index.geographySubtrees = out;
  return out;
}

/** Focus per initiative (src-shared/focus.ts), computed once per index from the form bitsets. */
export function initiativeFocusMap(index: ActivityIndex): Map<number, FocusKey> {
  if (index.focus) return index.focus;
  const formBits = FORMS.map((f) => ({ code: f.code, bits: index.valueBits.get(index.valueByCode.get(`form\u0000${f.code}`) ?? -1) }));
  const perInitiative = new Map<number, string[][]>();
  for (let p = 0; p < index.n; p++) {
    const forms = formBits.filter((f) => f.bits && B.has(f.bits, p)).map((f) => f.code);
    const list = perInitiative.get(index.initiative[p]!);
    if (list) list.push(forms);
    else perInitiative.set(index.initiative[p]!, [forms]);
  }
  index.focus = new Map([...perInitiative].map(([id, forms]) => [id, initiativeFocus(forms)]));
  return index.focus;
}

const cache = new WeakMap<Db, { index: ActivityIndex; dataVersion: number; generation: number }>();
const generations = new WeakMap<Db, number>();

/** Call after this connection wrote activities, values, providers or scans. */
export function invalidateIndex(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

export function activityIndex(db: Db): ActivityIndex {
  const version = dataVersion(db);
  const generation = generations.get(db) ?? 0;
  const hit = cache.get(db);
  if (hit && hit.dataVersion === version && hit.generation === generation) return hit.index;
  const index = build(db);
  cache.set(db, { index, dataVersion: version, generation });
  return index;
}

/** What an edit changed, as a change group reports it (src-main/history). */
export interface IndexChanges {
  activities: readonly number[];
  values: readonly number[];
  organisations: readonly number[];
  scans: readonly number[];
}

/**
 * Brings the cached index up to date after this connection changed the given activities, in place:
 * their reach, start year, initiative, scan, coded values and providers are read again and their
 * bits moved; the caches derived from them (display orders, focus, geography subtrees) are dropped.
 * An organisation added (an edit of a provider role names a new one) or renamed is taken in place.
 * An activity added or deleted, a new value, an organisation deleted, or an index already stale is a
 * rebuild on the next query instead (invalidateIndex). True when the index was updated in place.
 */
export function refreshIndex(db: Db, changes: IndexChanges): boolean {
  const hit = cache.get(db);
  const current = hit && hit.dataVersion === dataVersion(db) && hit.generation === (generations.get(db) ?? 0);
  // The cheap reasons to rebuild first; only then are the changed organisations read (a deleted one is a rebuild too).
  const organisations = !hit || !current || changes.values.length > 0 ? undefined : changes.organisations.map((id) => indexRows.organisation(db, id));
  if (!hit || !organisations || organisations.some((o) => o === undefined)) {
    invalidateIndex(db);
    return false;
  }
  const index = hit.index;
  for (const o of organisations as { id: number; name: string; match_key: string }[]) {
    const had = index.organisations.get(o.id);
    if (had && had.matchKey !== o.match_key) index.organisationByKey.delete(had.matchKey);
    index.organisations.set(o.id, { name: o.name, matchKey: o.match_key, positions: had?.positions ?? new Int32Array(0) });
    index.organisationByKey.set(o.match_key, o.id);
  }
  const rows = changes.activities.map((id) => ({ id, p: index.position.get(id), row: indexRows.activity(db, id) }));
  // Added or deleted: positions shift, so the index is built again.
  if (rows.some((r) => r.p === undefined || r.row === undefined)) {
    invalidateIndex(db);
    return false;
  }
  const updates = rows.map((r) => ({ p: r.p!, row: r.row!, values: indexRows.valuesOf(db, r.id), providers: indexRows.providersOf(db, r.id) }));
  if (updates.some((u) => u.values.some((v) => !index.values.has(v)) || u.providers.some(([o]) => !index.organisations.has(o)))) {
    invalidateIndex(db);
    return false;
  }
  for (const { p, row, values, providers } of updates) {
    index.reach[p] = row.reach ?? Number.NaN;
    index.startYear[p] = row.start_year ?? Number.NaN;
    index.initiative[p] = row.initiative_id;
    for (const bits of index.scanBits.values()) B.clear(bits, p);
    ensureBits(index.scanBits, row.scan_id, index.n, p);
    for (const bits of index.valueBits.values()) B.clear(bits, p);
    for (const v of values) ensureBits(index.valueBits, v, index.n, p);
    for (const bits of index.roleBits.values()) B.clear(bits, p);
    const orgs = new Set<number>();
    for (const [organisation, role] of providers) {
      orgs.add(organisation);
      ensureBits(index.roleBits, role, index.n, p);
    }
    for (const [id, org] of index.organisations) {
      const had = org.positions.includes(p);
      if (had === orgs.has(id)) continue;
      const positions = had ? org.positions.filter((q) => q !== p) : Int32Array.from([...org.positions, p]).sort();
      index.organisations.set(id, { ...org, positions });
    }
  }
  index.orders = new Map();
  delete index.focus;
  delete index.geographySubtrees;
  return true;
}

function ensureBits<K>(map: Map<K, B.Bits>, key: K, n: number, p: number): void {
  let bits = map.get(key);
  if (!bits) map.set(key, (bits = B.empty(n)));
  B.set(bits, p);
}

function build(db: Db): ActivityIndex {
  const activities = indexRows.activities(db);
  const n = activities.length;
  const ids = new Int32Array(n);
  const initiative = new Int32Array(n);
  const position = new Map<number, number>();
  const reach = new Float64Array(n);
  const startYear = new Float64Array(n);
  const scanBits = new Map<number, B.Bits>();
  activities.forEach((a, i) => {
    ids[i] = a.id;
    initiative[i] = a.initiative_id;
    position.set(a.id, i);
    reach[i] = a.reach ?? Number.NaN;
    startYear[i] = a.start_year ?? Number.NaN;
    let bits = scanBits.get(a.scan_id);
    if (!bits) scanBits.set(a.scan_id, (bits = B.empty(n)));
    B.set(bits, i);
  });
  const values = new Map<number, ValueInfo>();
  const valueByCode = new Map<string, number>();
  const valueByUnmapped = new Map<string, number>();
  const children = new Map<number, number[]>();
  for (const v of indexRows.values(db)) {
    values.set(v.id, { id: v.id, dimension: v.dimension, code: v.code, labelNl: v.label_nl, labelEn: v.label_en, kind: v.kind, parentId: v.parent_id });
    if (v.code !== null) valueByCode.set(`${v.dimension}\u0000${v.code}`, v.id);
    else valueByUnmapped.set(`${v.dimension}\u0000${v.match_key}`, v.id);
    if (v.parent_id !== null) children.set(v.parent_id, [...(children.get(v.parent_id) ?? []), v.id]);
  }
  const valueBits = new Map<number, B.Bits>();
  for (const r of indexRows.activityValues(db)) {
    let bits = valueBits.get(r[1]);
    if (!bits) valueBits.set(r[1], (bits = B.empty(n)));
    B.set(bits, position.get(r[0])!);
  }
  const organisations = new Map<number, { name: string; matchKey: string; positions: Int32Array }>();
  const organisationByKey = new Map<string, number>();
  const orgPositions = new Map<number, Set<number>>();
  const roleBits = new Map<string, B.Bits>();
  for (const r of indexRows.providers(db)) {
    const p = position.get(r[0])!;
    let set = orgPositions.get(r[1]);
    if (!set) orgPositions.set(r[1], (set = new Set()));
    set.add(p);
    let bits = roleBits.get(r[2]);
    if (!bits) roleBits.set(r[2], (bits = B.empty(n)));
    B.set(bits, p);
  }
  for (const o of indexRows.organisations(db)) {
    organisations.set(o.id, { name: o.name, matchKey: o.match_key, positions: Int32Array.from([...(orgPositions.get(o.id) ?? [])].sort((a, b) => a - b)) });
    organisationByKey.set(o.match_key, o.id);
  }
  return { n, ids, initiative, position, values, valueBits, valueByCode, valueByUnmapped, children, organisations, organisationByKey, roleBits, scanBits, reach, startYear, orders: new Map() };
}

/** The value ids a condition's value stands for (a value id itself, or a code / unmapped text), with its sub-regions. */
function valueIdsOf(index: ActivityIndex, c: Condition, value: Condition['values'][number] | number, includeSubRegions: boolean): number[] {
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? index.valueByCode.get(`${c.dimension}\u0000${value}`)
        : index.valueByUnmapped.get(`${c.dimension}\u0000${foldKey(value.unmapped) || value.unmapped}`);
  if (id === undefined) return [];
  const out = [id];
  if (includeSubRegions && c.dimension === 'geography') {
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const child of index.children.get(out[i]!) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        out.push(child);
      }
    }
  }
  return out;
}

/** The activities that have one named value (OR over its expansion). */
function valueBits(index: ActivityIndex, c: Condition, value: Condition['values'][number], includeSubRegions: boolean): B.Bits {
  const out = B.empty(index.n);
  const text = typeof value === 'string' ? value : value.unmapped;
  if (c.dimension === 'scan') {
    const bits = index.scanBits.get(Number(text));
    if (bits) B.orInto(out, bits);
  } else if (c.dimension === 'organisation') {
    const org = index.organisations.get(index.organisationByKey.get(foldKey(text)) ?? -1);
    if (org) for (const p of org.positions) B.set(out, p);
  } else if (c.dimension === 'role') {
    const bits = index.roleBits.get(text);
    if (bits) B.orInto(out, bits);
  } else {
    for (const id of valueIdsOf(index, c, value, includeSubRegions)) {
      const bits = index.valueBits.get(id);
      if (bits) B.orInto(out, bits);
    }
  }
  return out;
}

function conditionBits(index: ActivityIndex, c: Condition, includeSubRegions: boolean): B.Bits {
  if (c.mode === 'all') {
    const out = B.full(index.n);
    for (const v of c.values) B.andInto(out, valueBits(index, c, v, includeSubRegions));
    return out;
  }
  const any = B.empty(index.n);
  for (const v of c.values) B.orInto(any, valueBits(index, c, v, includeSubRegions));
  if (c.mode === 'any') return any;
  const out = B.full(index.n);
  B.andNotInto(out, any);
  return out;
}

/** The filter's scan list as a mask (all activities when it names none). */
export function scanListBits(index: ActivityIndex, scans: readonly number[]): B.Bits {
  if (scans.length === 0) return B.full(index.n);
  const out = B.empty(index.n);
  for (const id of scans) {
    const bits = index.scanBits.get(id);
    if (bits) B.orInto(out, bits);
  }
  return out;
}

/** The conditions of a filter that do not depend on one dimension, except the scan list: text, reach, start year. */
function baseBits(db: Db, index: ActivityIndex, filter: Filter): B.Bits {
  const out = B.full(index.n);
  const text = filter.text.trim();
  if (text !== '') B.andInto(out, textBits(db, text, index.n, index.position));
  const r = filter.reach;
  const y = filter.startYear;
  if (r?.known || r?.min !== undefined || r?.max !== undefined || y?.min !== undefined || y?.max !== undefined) {
    for (let i = 0; i < index.n; i++) {
      const reach = index.reach[i]!;
      const year = index.startYear[i]!;
      const ok =
        (r?.known !== 'known' || !Number.isNaN(reach)) &&
        (r?.known !== 'unknown' || Number.isNaN(reach)) &&
        (r?.min === undefined || reach >= r.min) &&
        (r?.max === undefined || reach <= r.max) &&
        (y?.min === undefined || year >= y.min) &&
        (y?.max === undefined || year <= y.max);
      if (!ok) out[i >>> 5]! &= ~(1 << (i & 31));
    }
  }
  return out;
}

export interface FilterMasks {
  /** Activities matching the whole filter. */
  all: B.Bits;
  /** Per constrained dimension: activities matching every condition but that dimension's own. */
  except: Map<DimensionKey, B.Bits>;
}

export function filterMasks(db: Db, index: ActivityIndex, filter: Filter): FilterMasks {
  // Text, reach and year once; the scan list on top (the scan facet ignores it: it is the scan selector).
  const withoutScans = baseBits(db, index, filter);
  const base = withoutScans.slice();
  B.andInto(base, scanListBits(index, filter.scans));
  const conditions = filter.conditions.filter((c) => c.values.length > 0).map((c) => ({ c, bits: conditionBits(index, c, filter.includeSubRegions) }));
  const all = base.slice();
  for (const { bits } of conditions) B.andInto(all, bits);
  const except = new Map<DimensionKey, B.Bits>();
  for (const dim of new Set(conditions.map(({ c }) => c.dimension))) {
    const mask = base.slice();
    for (const { c, bits } of conditions) if (c.dimension !== dim) B.andInto(mask, bits);
    except.set(dim, mask);
  }
  const scanMask = withoutScans;
  for (const { c, bits } of conditions) if (c.dimension !== 'scan') B.andInto(scanMask, bits);
  except.set('scan', scanMask);
  return { all, except };
}
