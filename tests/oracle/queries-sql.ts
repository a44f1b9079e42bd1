/**
 * The test oracle's answers in SQL: facet counts, a page of activities and the initiatives under a
 * filter, from filterWhere (filter-sql.ts) with GROUP BYs and joins — the way the app answered
 * before the activity index did it all. Property tests compare the app's answers with these.
 */
import { DIMENSIONS, DIMENSION_KEYS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { ActivityRow, ActivitySortKey, FacetCount as FacetValue, FacetsResult as FacetResult, InitiativeRow } from '../../src-shared/model';
import { focusOf, type ActivityQuery } from '../../src-main/activities';
import type { Db } from '../../src-main/db/open';
import { filterWhere } from './filter-sql';

interface FacetQuery {
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

const ORDER: Record<ActivitySortKey, string> = {
  name: 'a.name COLLATE NOCASE',
  initiative: 'i.name COLLATE NOCASE',
  scan: 's.region, s.year',
  type: `(SELECT dv.sort FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'type')`,
  geography: `(SELECT dv.label_nl FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'geography')`,
  startYear: 'a.start_year',
  reach: 'a.reach',
};

/** The direction applies to the key's last term (by scan: region ascending, then the year either way). */
const orderSql = (sort: ActivitySortKey, descending: boolean) => `${ORDER[sort]} ${descending ? 'DESC' : 'ASC'}, i.name COLLATE NOCASE, a.name COLLATE NOCASE, a.id`;

/** What the oracle checks of a table row: which activity, and its own fields (the app's row type, so the two are compared field by field). */
export type OracleActivityRow = Pick<ActivityRow, 'id' | 'name' | 'initiative' | 'initiativeId' | 'scanId' | 'scan' | 'startYear' | 'reach'>;

/** A page of matching activities, in SQL. */
export function queryActivitiesSql(db: Db, q: ActivityQuery): { total: number; offset: number; rows: OracleActivityRow[] } {
  const where = filterWhere(db, q.filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM activity a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const offset = q.offset ?? 0;
  const rows = db
    .prepare(
      `SELECT a.id, a.name, i.name AS initiative, a.initiative_id AS initiativeId, a.scan_id AS scanId, s.region || coalesce(' ' || nullif(s.year, 0), '') AS scan,
         a.start_year AS startYear, a.reach
       FROM activity a JOIN initiative i ON i.id = a.initiative_id JOIN scan s ON s.id = a.scan_id
       WHERE ${where.sql} ORDER BY ${orderSql(q.sort ?? 'initiative', q.descending ?? false)} LIMIT ? OFFSET ?`,
    )
    .all(...where.params, q.limit ?? 200, offset) as OracleActivityRow[];
  return { total, offset, rows };
}

/** The initiatives with a matching activity, in SQL: by name (NOCASE), region, id. */
export function queryInitiativesSql(db: Db, filter: Filter): InitiativeRow[] {
  const where = filterWhere(db, filter);
  const rows = db
    .prepare(`SELECT i.id, i.name, i.scan_id, s.region, s.year, i.website, i.start_year, count(a.id) AS matching,
        (SELECT count(*) FROM activity x WHERE x.initiative_id = i.id) AS activities
      FROM activity a JOIN initiative i ON i.id = a.initiative_id JOIN scan s ON s.id = i.scan_id
      WHERE ${where.sql} GROUP BY i.id ORDER BY i.name COLLATE NOCASE, s.region, i.id`)
    .all(...where.params) as { id: number; name: string; scan_id: number; region: string; year: number | null; website: string | null; start_year: number | null; matching: number; activities: number }[];
  const focus = focusOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scanId: r.scan_id,
    scan: `${r.region}${r.year ? ` ${r.year}` : ''}`,
    website: r.website,
    startYear: r.start_year,
    matching: r.matching,
    activities: r.activities,
    focus: focus.get(r.id) ?? 'none',
  }));
}
