/**
 * Two of the Overzicht's tables that need more than the value bitsets: reach per activity type
 * (known reach summed per unit, and how many activities have one — unknown is not zero) and
 * providers × role (organisations in at least N matching initiatives, with per role the number of
 * initiatives in which they hold it). The provider and reach-unit columns are read once per index.
 */
import { ORGANISATION_TYPES, REACH_UNITS, ROLES } from '../../src-shared/codebook';
import type { OverviewProviderRow, OverviewReachRow, ValueLabel } from '../../src-shared/model';
import type { Db } from '../db/open';
import type { ActivityIndex } from './activity-index';
import * as B from './bitsets';
import type { Lang, Slot } from './overview';

interface Extras {
  /** Reach unit per activity position (null: none given). */
  unit: (string | null)[];
  /** Provider rows as activity positions. */
  providers: { position: number; organisation: number; role: string }[];
  organisationType: Map<number, string | null>;
}

const extrasCache = new WeakMap<ActivityIndex, Extras>();

function extras(db: Db, index: ActivityIndex): Extras {
  const hit = extrasCache.get(index);
  if (hit) return hit;
  const unit: (string | null)[] = new Array<string | null>(index.n).fill(null);
  for (const [id, u] of db.prepare('SELECT id, reach_unit FROM activity WHERE reach_unit IS NOT NULL').raw().iterate() as Iterable<[number, string]>) {
    const p = index.position.get(id);
    if (p !== undefined) unit[p] = u;
  }
  const providers: Extras['providers'] = [];
  for (const [activity, organisation, role] of db.prepare('SELECT activity_id, organisation_id, role FROM provider').raw().iterate() as Iterable<[number, number, string]>) {
    const p = index.position.get(activity);
    if (p !== undefined) providers.push({ position: p, organisation, role });
  }
  const organisationType = new Map((db.prepare('SELECT id, type FROM organisation').raw().all() as [number, string | null][]).map(([id, type]) => [id, type]));
  const out = { unit, providers, organisationType };
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
  const { providers, organisationType } = extras(db, index);
  const roleCodes: string[] = ROLES.map((r) => r.code);
  for (const p of providers) if (!roleCodes.includes(p.role)) roleCodes.push(p.role);
  const perOrg = new Map<number, { initiatives: Set<number>; activities: Set<number>; roles: Set<number>[] }>();
  for (const p of providers) {
    if (!B.has(mask, p.position)) continue;
    let acc = perOrg.get(p.organisation);
    if (!acc) perOrg.set(p.organisation, (acc = { initiatives: new Set(), activities: new Set(), roles: roleCodes.map(() => new Set<number>()) }));
    const initiative = index.initiative[p.position]!;
    acc.initiatives.add(initiative);
    acc.activities.add(p.position);
    acc.roles[roleCodes.indexOf(p.role)]!.add(initiative);
  }
  const rows: OverviewProviderRow[] = [];
  for (const [id, acc] of perOrg) {
    if (acc.initiatives.size < minInitiatives) continue;
    const type = organisationType.get(id) ?? null;
    const typeEntry = ORGANISATION_TYPES.find((t) => t.code === type);
    rows.push({
      organisation: index.organisations.get(id)?.name ?? `#${id}`,
      organisationType: type === null ? null : { code: typeEntry ? type : null, label: typeEntry ? pick(typeEntry, lang) : type },
      initiatives: acc.initiatives.size,
      activities: acc.activities.size,
      roles: acc.roles.map((s) => s.size),
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
