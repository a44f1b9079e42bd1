/**
 * Two of the Overzicht's tables that need more than the value bitsets: reach per activity type
 * (known reach summed per unit, and how many activities have one — unknown is not zero) and
 * providers × role (organisations in at least N matching initiatives, with per role the number of
 * initiatives in which they hold it). The provider and reach-unit columns are read once per index.
 */
import { ORGANISATION_TYPES, REACH_UNITS, ROLES } from '../../src-shared/codebook';
import type { OverviewProviderRow, OverviewReachRow, ValueLabel } from '../../src-shared/model';
import type { Db } from '../db/open';
import { B, organisationTypes, providerRows, reachUnits, type ActivityIndex } from '../activities';
import type { Lang, Slot } from './overview';

interface Extras {
  /** Reach unit per activity position (null: none given). */
  unit: (string | null)[];
  /** Role codes: the codebook's, then any other role text found. */
  roleCodes: string[];
  /** Per organisation its provider rows, sorted by activity position: positions and role indexes. */
  byOrganisation: Map<number, { positions: Int32Array; roles: Uint16Array }>;
  /** Dense initiative number per activity position, and how many initiatives there are. */
  initiativeOf: Int32Array;
  initiatives: number;
  organisationType: Map<number, string | null>;
}

const extrasCache = new WeakMap<ActivityIndex, Extras>();

function extras(db: Db, index: ActivityIndex): Extras {
  const hit = extrasCache.get(index);
  if (hit) return hit;
  const unit: (string | null)[] = new Array<string | null>(index.n).fill(null);
  for (const [id, u] of reachUnits(db)) {
    const p = index.position.get(id);
    if (p !== undefined) unit[p] = u;
  }
  const roleCodes: string[] = ROLES.map((r) => r.code);
  const rows = new Map<number, [number, number][]>();
  for (const [activity, organisation, role] of providerRows(db)) {
    const p = index.position.get(activity);
    if (p === undefined) continue;
    let r = roleCodes.indexOf(role);
    if (r < 0) r = roleCodes.push(role) - 1;
    const list = rows.get(organisation);
    if (list) list.push([p, r]);
    else rows.set(organisation, [[p, r]]);
  }
  const byOrganisation = new Map<number, { positions: Int32Array; roles: Uint16Array }>();
  for (const [org, list] of rows) {
    list.sort((a, b) => a[0] - b[0]);
    byOrganisation.set(org, { positions: Int32Array.from(list, (x) => x[0]), roles: Uint16Array.from(list, (x) => x[1]) });
  }
  const dense = new Map<number, number>();
  const initiativeOf = new Int32Array(index.n);
  for (let p = 0; p < index.n; p++) {
    let d = dense.get(index.initiative[p]!);
    if (d === undefined) dense.set(index.initiative[p]!, (d = dense.size));
    initiativeOf[p] = d;
  }
  const organisationType = organisationTypes(db);
  const out = { unit, roleCodes, byOrganisation, initiativeOf, initiatives: dense.size, organisationType };
  extrasCache.set(index, out);
  return out;
}

const pick = (entry: { nl: string; en: string }, lang: Lang) => entry[lang];

export function reachTable(db: Db, index: ActivityIndex, mask: B.Bits, types: Slot[], lang: Lang): { rows: OverviewReachRow[]; known: number } {
  const { unit } = extras(db, index);
  let knownAll = 0;
  const rows = types
    .filter((t) => t.value.count > 0)
    .map((t) => {
      const perUnit = new Map<string | null, { known: number; sum: number }>();
      B.forEachAnd(mask, t.bits, (p) => {
        const reach = index.reach[p]!;
        if (Number.isNaN(reach)) return;
        const u = unit[p] ?? null;
        const acc = perUnit.get(u) ?? { known: 0, sum: 0 };
        acc.known++;
        acc.sum += reach;
        perUnit.set(u, acc);
      });
      const byUnit = [...perUnit].map(([u, acc]) => {
        const entry = REACH_UNITS.find((r) => r.code === u);
        return { unit: u, label: u === null ? '' : entry ? pick(entry, lang) : u, ...acc };
      });
      const known = byUnit.reduce((s, u) => s + u.known, 0);
      knownAll += known;
      return { type: t.value, known, sum: known === 0 ? null : byUnit.reduce((s, u) => s + u.sum, 0), byUnit };
    });
  return { rows, known: knownAll };
}

export function providerTable(db: Db, index: ActivityIndex, mask: B.Bits, minInitiatives: number, lang: Lang): { minInitiatives: number; roles: ValueLabel[]; rows: OverviewProviderRow[]; organisations: number } {
  const { roleCodes, byOrganisation, initiativeOf, initiatives, organisationType } = extras(db, index);
  // Distinct initiatives counted with stamps (the organisation's number) instead of sets.
  const seen = new Int32Array(initiatives).fill(-1);
  const seenRole = roleCodes.map(() => new Int32Array(initiatives).fill(-1));
  const perOrg = new Map<number, { initiatives: number; activities: number; roles: number[] }>();
  let stamp = 0;
  for (const [org, list] of byOrganisation) {
    stamp++;
    const acc = { initiatives: 0, activities: 0, roles: roleCodes.map(() => 0) };
    let lastPosition = -1;
    for (let k = 0; k < list.positions.length; k++) {
      const p = list.positions[k]!;
      if (!B.has(mask, p)) continue;
      const i = initiativeOf[p]!;
      const r = list.roles[k]!;
      if (p !== lastPosition) acc.activities++;
      lastPosition = p;
      if (seen[i] !== stamp) {
        seen[i] = stamp;
        acc.initiatives++;
      }
      if (seenRole[r]![i] !== stamp) {
        seenRole[r]![i] = stamp;
        acc.roles[r]!++;
      }
    }
    if (acc.activities > 0) perOrg.set(org, acc);
  }
  const rows: OverviewProviderRow[] = [];
  for (const [id, acc] of perOrg) {
    if (acc.initiatives < minInitiatives) continue;
    const type = organisationType.get(id) ?? null;
    const typeEntry = ORGANISATION_TYPES.find((t) => t.code === type);
    rows.push({
      organisation: index.organisations.get(id)?.name ?? `#${id}`,
      organisationType: type === null ? null : { code: typeEntry ? type : null, label: typeEntry ? pick(typeEntry, lang) : type },
      initiatives: acc.initiatives,
      activities: acc.activities,
      roles: acc.roles,
    });
  }
  rows.sort((a, b) => b.initiatives - a.initiatives || a.organisation.localeCompare(b.organisation, 'nl'));
  // Roles beyond the codebook only when some listed organisation holds them.
  const keep = roleCodes.map((_, i) => i < ROLES.length || rows.some((r) => r.roles[i]! > 0));
  const roles = roleCodes.flatMap((code, i) => {
    if (!keep[i]) return [];
    const entry = ROLES.find((r) => r.code === code);
    return [{ code: entry ? code : null, label: entry ? pick(entry, lang) : code === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : code }];
  });
  for (const r of rows) r.roles = r.roles.filter((_, i) => keep[i]);
  return { minInitiatives, roles, rows, organisations: perOrg.size };
}
