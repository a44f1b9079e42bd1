/**
 * The Overzicht dashboard for a filter: per dimension the activity counts under the whole filter
 * (knelpunten with their groups weten/willen/kunnen, rationale with its levels), and the report's
 * tables — activity type × geography, activity type × knelpunt, reach per type, the reach × effort
 * quadrant and providers × role. Everything is counted on the activity index (AND + popcount).
 */
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { OverviewCross, OverviewDimension, OverviewResult, OverviewValue } from '../../src-shared/model';
import type { Db } from '../db/open';
import { activityIndex, B, filterMasks, type ActivityIndex, type ValueInfo } from '../activities';
import { countInitiativesOnce } from '../links';
import { scanLabel, scanNames } from '../scans';
import { quadrantOf } from './overview-quadrant';
import { providerTable, reachTable } from './overview-tables';

export type Lang = 'nl' | 'en';

export interface OverviewQuery {
  filter?: Filter;
  /** Providers × role lists organisations in at least this many matching initiatives (default 5, as the report). */
  minInitiatives?: number;
  language?: Lang;
}

/** The dimensions that get a bar chart (organisations have the providers table instead). */
export const OVERVIEW_DIMENSIONS: readonly DimensionKey[] = DIMENSIONS.map((d) => d.key).filter((k) => k !== 'organisation');

/** One value with its bitset, in display order. */
export interface Slot {
  value: OverviewValue;
  bits: B.Bits;
}

const label = (v: ValueInfo, lang: Lang) => (lang === 'nl' ? v.labelNl : v.labelEn);

/** Depth in the geography tree. */
function depth(index: ActivityIndex, v: ValueInfo): number {
  let d = 0;
  for (let p = v.parentId; p !== null && d < 50; p = index.values.get(p)?.parentId ?? null) d++;
  return d;
}

/**
 * Geography as the report orders it: level by level (Nederland, the landsdeel, the provinces, the
 * sub-regions), each level grouped by its parent's place and then by name; generic and unmapped last.
 */
function geographyOrder(index: ActivityIndex, ids: number[]): number[] {
  const info = ids.map((id) => index.values.get(id)!);
  const rank = new Map<number, number>();
  const tail = (v: ValueInfo) => (v.kind === 'unmapped' ? 2 : v.code === 'niet-gespecificeerd' ? 1 : 0);
  const byDepth = new Map<number, ValueInfo[]>();
  const all = [...index.values.values()].filter((v) => v.dimension === 'geography');
  for (const v of all) {
    const d = depth(index, v);
    byDepth.set(d, [...(byDepth.get(d) ?? []), v]);
  }
  let next = 0;
  for (const d of [...byDepth.keys()].sort((a, b) => a - b)) {
    const level = byDepth.get(d)!.sort((a, b) => (rank.get(a.parentId ?? -1) ?? -1) - (rank.get(b.parentId ?? -1) ?? -1) || a.labelNl.localeCompare(b.labelNl, 'nl'));
    for (const v of level) rank.set(v.id, next++);
  }
  return info.sort((a, b) => tail(a) - tail(b) || rank.get(a.id)! - rank.get(b.id)!).map((v) => v.id);
}

/**
 * A dimension's values in display order with their bitsets: codebook values (all of them for
 * closed lists, only those that occur for geography), then open-list and unmapped values that occur.
 */
export function slotsOf(index: ActivityIndex, dim: DimensionKey, mask: B.Bits, lang: Lang): Slot[] {
  const def = DIMENSIONS.find((d) => d.key === dim)!;
  const slot = (value: OverviewValue, bits: B.Bits | undefined): Slot => {
    const b = bits ?? B.empty(index.n);
    return { value: { ...value, count: B.countAnd(mask, b) }, bits: b };
  };
  if (dim === 'role') {
    const roles = def.values.map((v) => slot({ code: v.code, label: v[lang], count: 0 }, index.roleBits.get(v.code)));
    for (const [role, bits] of index.roleBits) {
      if (def.values.some((v) => v.code === role)) continue;
      roles.push(slot({ code: null, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, count: 0 }, bits));
    }
    return roles.filter((s, i) => i < def.values.length || s.value.count > 0);
  }
  if (dim === 'scan') return [];
  const ids = [...index.values.values()].filter((v) => v.dimension === dim).map((v) => v.id);
  const counted = ids.map((id) => ({ id, info: index.values.get(id)!, bits: index.valueBits.get(id) }));
  if (dim === 'geography') {
    const byId = new Map(counted.map((c) => [c.id, c]));
    return geographyOrder(index, ids)
      .map((id) => byId.get(id)!)
      .map((c) => slot({ code: c.info.kind === 'unmapped' ? null : c.info.code, label: label(c.info, lang), count: 0 }, c.bits))
      .filter((s) => s.value.count > 0);
  }
  const out: Slot[] = [];
  for (const v of def.values) {
    const found = counted.find((c) => c.info.kind === 'codebook' && c.info.code === v.code);
    const s = slot({ code: v.code, label: v[lang], count: 0, ...(v.group ? { group: v.group } : {}) }, found?.bits);
    if (def.kind === 'closed' || s.value.count > 0) out.push(s);
  }
  const extras = counted.filter((c) => c.info.kind !== 'codebook').sort((a, b) => (a.info.kind === b.info.kind ? a.info.labelNl.localeCompare(b.info.labelNl, 'nl') : a.info.kind === 'open' ? -1 : 1));
  for (const c of extras) {
    const s = slot({ code: c.info.kind === 'unmapped' ? null : c.info.code, label: label(c.info, lang), count: 0 }, c.bits);
    if (s.value.count > 0) out.push(s);
  }
  return out;
}

function scanSlots(db: Db, index: ActivityIndex, mask: B.Bits): OverviewValue[] {
  return scanNames(db)
    .map((s) => {
      const bits = index.scanBits.get(s.id);
      return { code: String(s.id), label: scanLabel(s.region, s.year), count: bits ? B.countAnd(mask, bits) : 0 };
    })
    .filter((v) => v.count > 0);
}

function dimensionCounts(db: Db, index: ActivityIndex, dim: DimensionKey, mask: B.Bits, lang: Lang): OverviewDimension {
  const def = DIMENSIONS.find((d) => d.key === dim)!;
  if (dim === 'scan') return { key: dim, label: def[lang], values: scanSlots(db, index, mask), groups: [] };
  const slots = slotsOf(index, dim, mask, lang);
  const groups = (def.groups ?? []).map((g) => {
    const any = B.empty(index.n);
    for (const s of slots) if (s.value.group === g.key) B.orInto(any, s.bits);
    return { code: g.key, label: g[lang], count: B.countAnd(mask, any) };
  });
  return { key: dim, label: def[lang], values: slots.map((s) => s.value), groups };
}

/** rows × columns under the mask; rows that match nothing are left out, columns only when asked. */
export function crossTable(index: ActivityIndex, mask: B.Bits, rows: Slot[], columns: Slot[], keepEmptyColumns: boolean): OverviewCross {
  const keptRows = rows.filter((r) => r.value.count > 0);
  const keptColumns = keepEmptyColumns ? columns : columns.filter((c) => c.value.count > 0);
  const cells = keptRows.map((r) => {
    const rowMask = mask.slice();
    B.andInto(rowMask, r.bits);
    return keptColumns.map((c) => B.countAnd(rowMask, c.bits));
  });
  return { rows: keptRows.map((r) => r.value), columns: keptColumns.map((c) => c.value), cells };
}

export function buildOverview(db: Db, query: OverviewQuery = {}): OverviewResult {
  const lang = query.language ?? 'nl';
  const filter = query.filter ?? emptyFilter();
  const index = activityIndex(db);
  const mask = filterMasks(db, index, filter).all;
  const initiatives = new Set<number>();
  B.forEachAnd(mask, mask, (p) => initiatives.add(index.initiative[p]!));
  // Across several scans an initiative linked to one in another scan counts once (docs/links.md §6).
  const scans = [...index.scanBits].filter(([, bits]) => B.countAnd(mask, bits) > 0).map(([scan]) => scan);
  const once = countInitiativesOnce(db, scans, initiatives);

  const types = slotsOf(index, 'type', mask, lang);
  const typeGeography = crossTable(index, mask, types, slotsOf(index, 'geography', mask, lang), false);
  const typeBottleneck = crossTable(index, mask, types, slotsOf(index, 'bottleneck', mask, lang), true);
  return {
    total: B.count(mask),
    initiatives: once.count,
    initiativesJoined: once.joined,
    dimensions: OVERVIEW_DIMENSIONS.map((dim) => dimensionCounts(db, index, dim, mask, lang)),
    typeGeography,
    typeBottleneck,
    reach: reachTable(db, index, mask, types, lang),
    quadrant: quadrantOf(index, mask, types, lang),
    providers: providerTable(db, index, mask, query.minInitiatives ?? 5, lang),
  };
}
