/**
 * Facet counts: per dimension, per value, the number of activities that have it (an activity counts
 * once per value). Codebook values are listed in codebook order, with zero counts; open-list entries
 * and unmapped values (code null, verbatim label) follow when they occur.
 */
import { DIMENSIONS, DIMENSION_KEYS, ORGANISATION_TYPES, type DimensionKey } from '../../src-shared/codebook';
import type { Db } from '../db/open';

export interface FacetValue {
  code: string | null;
  label: string;
  count: number;
}

export interface FacetResult {
  total: number;
  facets: Record<DimensionKey, FacetValue[]>;
}

export interface FacetQuery {
  scanIds?: readonly number[];
  language?: 'nl' | 'en';
}

function scanClause(scanIds: readonly number[] | undefined, column: string): { sql: string; params: number[] } {
  if (!scanIds || scanIds.length === 0) return { sql: '1 = 1', params: [] };
  return { sql: `${column} IN (${scanIds.map(() => '?').join(', ')})`, params: [...scanIds] };
}

export function facetCounts(db: Db, query: FacetQuery = {}): FacetResult {
  const lang = query.language ?? 'nl';
  const scans = scanClause(query.scanIds, 'a.scan_id');
  const total = (db.prepare(`SELECT count(*) AS n FROM activity a WHERE ${scans.sql}`).get(...scans.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT dv.dimension, dv.code, dv.label_nl, dv.label_en, dv.kind, dv.sort, count(*) AS n
       FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id
       WHERE ${scans.sql} GROUP BY dv.id`,
    )
    .all(...scans.params) as { dimension: DimensionKey; code: string | null; label_nl: string; label_en: string; kind: string; sort: number; n: number }[];

  const facets = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, [] as FacetValue[]])) as Record<DimensionKey, FacetValue[]>;
  const counted = new Map<string, number>();
  for (const r of rows) if (r.kind === 'codebook') counted.set(`${r.dimension}\u0000${r.code}`, r.n);
  for (const def of DIMENSIONS) {
    for (const v of def.values) facets[def.key].push({ code: v.code, label: lang === 'nl' ? v.nl : v.en, count: counted.get(`${def.key}\u0000${v.code}`) ?? 0 });
  }
  const extras = rows.filter((r) => r.kind !== 'codebook').sort((a, b) => (a.kind === b.kind ? a.label_nl.localeCompare(b.label_nl, 'nl') : a.kind === 'open' ? -1 : 1));
  for (const r of extras) facets[r.dimension]?.push({ code: r.kind === 'unmapped' ? null : r.code, label: lang === 'nl' ? r.label_nl : r.label_en, count: r.n });

  const orgScans = scanClause(query.scanIds, 'a.scan_id');
  facets.organisation = (
    db
      .prepare(
        `SELECT o.name, count(DISTINCT p.activity_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id JOIN organisation o ON o.id = p.organisation_id
         WHERE ${orgScans.sql} GROUP BY o.id ORDER BY n DESC, o.name`,
      )
      .all(...orgScans.params) as { name: string; n: number }[]
  ).map((r) => ({ code: r.name, label: r.name, count: r.n }));

  const roleCounts = new Map(
    (db.prepare(`SELECT p.role, count(DISTINCT p.activity_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id WHERE ${orgScans.sql} GROUP BY p.role`).all(...orgScans.params) as { role: string; n: number }[]).map((r) => [r.role, r.n]),
  );
  const roleDef = DIMENSIONS.find((d) => d.key === 'role')!;
  facets.role = roleDef.values.map((v) => ({ code: v.code, label: lang === 'nl' ? v.nl : v.en, count: roleCounts.get(v.code) ?? 0 }));
  for (const [role, n] of roleCounts) if (!roleDef.values.some((v) => v.code === role)) facets.role.push({ code: null, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, count: n });

  facets.scan = (
    db.prepare(`SELECT s.id, s.region, s.year, s.title, count(a.id) AS n FROM scan s LEFT JOIN activity a ON a.scan_id = s.id WHERE ${scanClause(query.scanIds, 's.id').sql} GROUP BY s.id ORDER BY s.region, s.year`).all(...scans.params) as { id: number; region: string; year: number | null; n: number }[]
  ).map((r) => ({ code: String(r.id), label: `${r.region}${r.year ? ` ${r.year}` : ''}`, count: r.n }));
  return { total, facets };
}

/** Organisation type labels, for views that show providers. */
export function organisationTypeLabel(code: string | null, lang: 'nl' | 'en'): string {
  const t = ORGANISATION_TYPES.find((o) => o.code === code);
  return t ? (lang === 'nl' ? t.nl : t.en) : (code ?? '');
}
