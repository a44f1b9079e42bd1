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
import { activityIndex, filterMasks, geographySubtrees } from './activity-index';
import { count, countAnd, forEachAnd, has } from './bitsets';
import { filterWhere } from './filter-sql';

export interface FacetValue {
  code: string | null;
  label: string;
  count: number;
  /** Geography only: the parent's code and the count of the value itself. */
  parent?: string | null;
  own?: number;
}

export interface FacetResult {
  total: number;
  /** Initiatives with at least one matching activity. */
  initiatives: number;
  facets: Record<DimensionKey, FacetValue[]>;
}

export interface FacetQuery {
  filter?: Filter;
  language?: 'nl' | 'en';
}

/** The reference implementation in SQL (tests check the bitset engine against it). */
export function facetCountsSql(db: Db, query: FacetQuery = {}): FacetResult {
  const lang = query.language ?? 'nl';
  const filter = query.filter ?? emptyFilter();
  const all = filterWhere(db, filter);
  const { total, initiatives } = db.prepare(`SELECT count(*) AS total, count(DISTINCT a.initiative_id) AS initiatives FROM activity a WHERE ${all.sql}`).get(...all.params) as { total: number; initiatives: number };
  // Faceted search: each dimension is counted under every condition except its own.
  const constrained = new Set(filter.conditions.filter((c) => c.values.length > 0).map((c) => c.dimension));
  const valueRows = (except: DimensionKey | undefined, dimensions: readonly string[] | undefined) => {
    const where = filterWhere(db, filter, except);
    const dims = dimensions ? ` AND dv.dimension IN (${dimensions.map(() => '?').join(', ')})` : '';
    return db
      .prepare(
        `SELECT dv.dimension, dv.code, dv.label_nl, dv.label_en, dv.kind, count(*) AS n
         FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id
         WHERE ${where.sql}${dims} GROUP BY dv.id`,
      )
      .all(...where.params, ...(dimensions ?? [])) as { dimension: DimensionKey; code: string | null; label_nl: string; label_en: string; kind: string; n: number }[];
  };
  const unconstrained = DIMENSION_KEYS.filter((k) => !constrained.has(k));
  const rows = [...valueRows(undefined, unconstrained), ...[...constrained].flatMap((k) => valueRows(k, [k]))];

  const facets = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, [] as FacetValue[]])) as Record<DimensionKey, FacetValue[]>;
  const counted = new Map<string, number>();
  for (const r of rows) if (r.kind === 'codebook') counted.set(`${r.dimension}\u0000${r.code}`, r.n);
  for (const def of DIMENSIONS) {
    if (def.key === 'geography') continue;
    for (const v of def.values) facets[def.key].push({ code: v.code, label: lang === 'nl' ? v.nl : v.en, count: counted.get(`${def.key}\u0000${v.code}`) ?? 0 });
  }
  const extras = rows.filter((r) => r.kind !== 'codebook' && r.dimension !== 'geography').sort((a, b) => (a.kind === b.kind ? a.label_nl.localeCompare(b.label_nl, 'nl') : a.kind === 'open' ? -1 : 1));
  for (const r of extras) facets[r.dimension]?.push({ code: r.kind === 'unmapped' ? null : r.code, label: lang === 'nl' ? r.label_nl : r.label_en, count: r.n });
  facets.geography = geographyFacetSql(db, filter, lang);

  const orgScans = filterWhere(db, filter, 'organisation');
  facets.organisation = (
    db
      .prepare(
        `SELECT o.name, count(DISTINCT p.activity_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id JOIN organisation o ON o.id = p.organisation_id
         WHERE ${orgScans.sql} GROUP BY o.id ORDER BY n DESC, o.name`,
      )
      .all(...orgScans.params) as { name: string; n: number }[]
  ).map((r) => ({ code: r.name, label: r.name, count: r.n }));

  const roleWhere = filterWhere(db, filter, 'role');
  const roleCounts = new Map(
    (db.prepare(`SELECT p.role, count(DISTINCT p.activity_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id WHERE ${roleWhere.sql} GROUP BY p.role`).all(...roleWhere.params) as { role: string; n: number }[]).map((r) => [r.role, r.n]),
  );
  const roleDef = DIMENSIONS.find((d) => d.key === 'role')!;
  facets.role = roleDef.values.map((v) => ({ code: v.code, label: lang === 'nl' ? v.nl : v.en, count: roleCounts.get(v.code) ?? 0 }));
  for (const [role, n] of roleCounts) if (!roleDef.values.some((v) => v.code === role)) facets.role.push({ code: null, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, count: n });

  const scanWhere = filterWhere(db, { ...filter, scans: [] }, 'scan');
  const scanCounts = new Map((db.prepare(`SELECT a.scan_id, count(*) AS n FROM activity a WHERE ${scanWhere.sql} GROUP BY a.scan_id`).all(...scanWhere.params) as { scan_id: number; n: number }[]).map((r) => [r.scan_id, r.n]));
  const scanRows = db.prepare('SELECT id, region, year FROM scan ORDER BY region, year, id').all() as { id: number; region: string; year: number | null }[];
  facets.scan = scanRows
    .filter((r) => filter.scans.length === 0 || filter.scans.includes(r.id))
    .map((r) => ({ code: String(r.id), label: `${r.region}${r.year ? ` ${r.year}` : ''}`, count: scanCounts.get(r.id) ?? 0 }));
  return { total, initiatives, facets };
}

/** Geography in SQL: own counts per value and, with sub-regions, counts over each value's subtree (recursive CTE). */
function geographyFacetSql(db: Db, filter: Filter, lang: 'nl' | 'en'): FacetValue[] {
  const where = filterWhere(db, filter, 'geography');
  const values = db
    .prepare(`SELECT c.id, c.code, c.label_nl, c.label_en, c.kind, p.code AS parent FROM dimension_value c LEFT JOIN dimension_value p ON p.id = c.parent_id WHERE c.dimension = 'geography'`)
    .all() as { id: number; code: string | null; label_nl: string; label_en: string; kind: string; parent: string | null }[];
  const own = new Map(
    (db.prepare(`SELECT av.value_id AS id, count(*) AS n FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id
      WHERE ${where.sql} AND dv.dimension = 'geography' GROUP BY av.value_id`).all(...where.params) as { id: number; n: number }[]).map((r) => [r.id, r.n]),
  );
  const subtree = filter.includeSubRegions
    ? new Map(
        (db
          .prepare(
            `WITH RECURSIVE sub(root, id) AS (
               SELECT id, id FROM dimension_value WHERE dimension = 'geography'
               UNION SELECT sub.root, c.id FROM sub JOIN dimension_value c ON c.parent_id = sub.id)
             SELECT sub.root AS id, count(DISTINCT a.id) AS n FROM sub JOIN activity_value av ON av.value_id = sub.id JOIN activity a ON a.id = av.activity_id
             WHERE ${where.sql} GROUP BY sub.root`,
          )
          .all(...where.params) as { id: number; n: number }[]).map((r) => [r.id, r.n]),
      )
    : own;
  const entry = (v: (typeof values)[number]): FacetValue => ({
    code: v.kind === 'unmapped' ? null : v.code,
    label: lang === 'nl' ? v.label_nl : v.label_en,
    count: subtree.get(v.id) ?? 0,
    parent: v.parent,
    own: own.get(v.id) ?? 0,
  });
  const byCode = new Map(values.filter((v) => v.kind === 'codebook').map((v) => [v.code, v]));
  const out: FacetValue[] = [];
  for (const c of DIMENSIONS.find((d) => d.key === 'geography')!.values) {
    const v = byCode.get(c.code);
    out.push(v ? { ...entry(v), label: lang === 'nl' ? c.nl : c.en } : { code: c.code, label: lang === 'nl' ? c.nl : c.en, count: 0, parent: c.parent ?? null, own: 0 });
  }
  const extras = values.filter((v) => v.kind !== 'codebook' && (subtree.get(v.id) ?? 0) > 0).sort((a, b) => (a.kind === b.kind ? a.label_nl.localeCompare(b.label_nl, 'nl') : a.kind === 'open' ? -1 : 1));
  for (const v of extras) out.push(entry(v));
  return out;
}

/**
 * Facet counts from the in-memory activity index: every dimension counted under the filter without
 * its own condition, with AND + popcount over bitsets. Same result as facetCountsSql.
 */
export function facetCounts(db: Db, query: FacetQuery = {}): FacetResult {
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

  const scanRows = db.prepare('SELECT id, region, year FROM scan ORDER BY region, year, id').all() as { id: number; region: string; year: number | null }[];
  const scanMask = maskFor('scan');
  facets.scan = scanRows
    .filter((r) => filter.scans.length === 0 || filter.scans.includes(r.id))
    .map((r) => {
      const bits = index.scanBits.get(r.id);
      return { code: String(r.id), label: `${r.region}${r.year ? ` ${r.year}` : ''}`, count: bits ? countAnd(scanMask, bits) : 0 };
    });
  const initiatives = new Set<number>();
  forEachAnd(masks.all, masks.all, (p) => initiatives.add(index.initiative[p]!));
  return { total: count(masks.all), initiatives: initiatives.size, facets };
}
