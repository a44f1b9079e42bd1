/**
 * Facet counts: per dimension, per value, the number of activities that have it (an activity counts
 * once per value). Codebook values are listed in codebook order, with zero counts; open-list entries
 * and unmapped values (code null, verbatim label) follow when they occur. A geography value's count
 * is what selecting it returns: with sub-regions, its activities and those of every value below it;
 * `own` keeps the count of the value itself (the report's type × geography table counts that way).
 */
import { DIMENSIONS, DIMENSION_KEYS, type DimensionKey } from '../../src-shared/codebook';
import type { Db } from '../db/open';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { FacetCount as FacetValue, FacetsResult } from '../../src-shared/model';
import { activityIndex, filterMasks, geographySubtrees } from './activity-index';
import { count, countAnd, forEachAnd, has } from './bitsets';
import { scanLabel, scanNames } from '../scans';

export interface FacetQuery {
  filter?: Filter;
  language?: 'nl' | 'en';
}

/**
 * Facet counts from the in-memory activity index: every dimension counted under the filter without
 * its own condition, with AND + popcount over bitsets. (A property test holds it equal to the SQL oracle in tests/oracle/.)
 */
export function facetCounts(db: Db, query: FacetQuery = {}): FacetsResult {
  const lang = query.language ?? 'nl';
  const filter = query.filter ?? emptyFilter();
  const index = activityIndex(db);
  const masks = filterMasks(db, index, filter);
  const maskFor = (dim: DimensionKey) => masks.except.get(dim) ?? masks.all;
  const facets = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, [] as FacetValue[]])) as Record<DimensionKey, FacetValue[]>;

  const counts = new Map<number, number>();
  for (const [valueId, bits] of index.valueBits) {
    const info = index.values.get(valueId)!;
    if (info.dimension === 'geography') continue;
    const n = countAnd(maskFor(info.dimension), bits);
    if (n > 0) counts.set(valueId, n);
  }
  // Geography: what selecting the value returns (with sub-regions, its whole subtree), and its own count.
  const geoMask = maskFor('geography');
  const subtrees = filter.includeSubRegions ? geographySubtrees(index) : undefined;
  const own = new Map<number, number>();
  for (const info of index.values.values()) {
    if (info.dimension !== 'geography') continue;
    const bits = index.valueBits.get(info.id);
    own.set(info.id, bits ? countAnd(geoMask, bits) : 0);
    const n = subtrees ? countAnd(geoMask, subtrees.get(info.id)!) : own.get(info.id)!;
    if (n > 0) counts.set(info.id, n);
  }
  const geo = (id: number) => ({ parent: index.values.get(index.values.get(id)!.parentId ?? -1)?.code ?? null, own: own.get(id) ?? 0 });
  for (const def of DIMENSIONS) {
    for (const v of def.values) {
      const id = index.valueByCode.get(`${def.key}\u0000${v.code}`);
      const entry: FacetValue = { code: v.code, label: lang === 'nl' ? v.nl : v.en, count: id === undefined ? 0 : counts.get(id) ?? 0 };
      if (def.key === 'geography') Object.assign(entry, id === undefined ? { parent: v.parent ?? null, own: 0 } : geo(id));
      facets[def.key].push(entry);
    }
  }
  const extras = [...counts.keys()].map((id) => index.values.get(id)!).filter((v) => v.kind !== 'codebook');
  extras.sort((a, b) => (a.kind === b.kind ? a.labelNl.localeCompare(b.labelNl, 'nl') : a.kind === 'open' ? -1 : 1));
  for (const v of extras) {
    const entry: FacetValue = { code: v.kind === 'unmapped' ? null : v.code, label: lang === 'nl' ? v.labelNl : v.labelEn, count: counts.get(v.id)! };
    facets[v.dimension]?.push(v.dimension === 'geography' ? { ...entry, ...geo(v.id) } : entry);
  }

  const orgMask = maskFor('organisation');
  const orgs: FacetValue[] = [];
  for (const o of index.organisations.values()) {
    let n = 0;
    for (const p of o.positions) if (has(orgMask, p)) n++;
    if (n > 0) orgs.push({ code: o.name, label: o.name, count: n });
  }
  facets.organisation = orgs.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  const roleMask = maskFor('role');
  const roleDef = DIMENSIONS.find((d) => d.key === 'role')!;
  const roleCount = (role: string) => {
    const bits = index.roleBits.get(role);
    return bits ? countAnd(roleMask, bits) : 0;
  };
  facets.role = roleDef.values.map((v) => ({ code: v.code, label: lang === 'nl' ? v.nl : v.en, count: roleCount(v.code) }));
  for (const role of index.roleBits.keys()) {
    if (roleDef.values.some((v) => v.code === role)) continue;
    const n = roleCount(role);
    if (n > 0) facets.role.push({ code: null, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, count: n });
  }

  const scanMask = maskFor('scan');
  facets.scan = scanNames(db)
    .filter((r) => filter.scans.length === 0 || filter.scans.includes(r.id))
    .map((r) => {
      const bits = index.scanBits.get(r.id);
      return { code: String(r.id), label: scanLabel(r.region, r.year), count: bits ? countAnd(scanMask, bits) : 0 };
    });
  const initiatives = new Set<number>();
  forEachAnd(masks.all, masks.all, (p) => initiatives.add(index.initiative[p]!));
  return { total: count(masks.all), initiatives: initiatives.size, facets };
}
