/**
 * Vergelijken: two or more scans side by side. The active filter is applied to each scan in turn
 * (its own scan list is replaced by that one scan); per dimension, per value, the matching
 * activities of each scan and their share per 100 matching activities of that scan.
 *
 * Unlike the facet counts (where a dimension's own condition does not narrow its own counts, so the
 * panel can offer the other values), every dimension here is counted under the WHOLE filter: the
 * shares of all dimensions describe the same set of activities, the one the filter words name.
 * With `sector = Industrie` in the filter, the sector table therefore shows the other sectors of
 * those same activities (multi-valued), not the sectors of all activities.
 *
 * Values line up across scans by their dimension_value row, which is shared by every scan: one row
 * per codebook code, per open-list entry and per unmapped text. Codebook values are listed in
 * codebook order with zeros; open-list entries and unmapped values follow when some scan has them.
 */
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { CompareDimension, CompareResult, CompareScan, CompareValue } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { activityIndex, B, filterMasks, type ActivityIndex } from '../activities';
import { existingScan, scanLabel, type ScanRow } from '../scans';

type Lang = 'nl' | 'en';

/** Dimensions compared: everything but the scan itself. */
export const COMPARE_DIMENSIONS: readonly DimensionKey[] = DIMENSIONS.map((d) => d.key).filter((k) => k !== 'scan');

export interface CompareQuery {
  scans: readonly number[];
  filter: Filter;
  language?: Lang;
}

interface Counted {
  code: string | null;
  label: string;
  unmapped: boolean;
  counts: number[];
}

function scanRows(db: Db, ids: readonly number[]): ScanRow[] {
  const unique = [...new Set(ids)];
  if (unique.length < 2) {
    throw new UserError('invalid-compare', { nl: 'Kies minstens twee verschillende scans om te vergelijken.', en: 'Choose at least two different scans to compare.' });
  }
  return unique.map((id) => existingScan(db, id));
}

function valueCounts(index: ActivityIndex, masks: B.Bits[], lang: Lang): Map<DimensionKey, Counted[]> {
  const out = new Map<DimensionKey, Counted[]>(COMPARE_DIMENSIONS.map((k) => [k, []]));
  const countAll = (bits: B.Bits | undefined) => masks.map((m) => (bits ? B.countAnd(m, bits) : 0));
  for (const def of DIMENSIONS) {
    if (def.key === 'organisation' || def.key === 'scan') continue;
    const list = out.get(def.key)!;
    for (const v of def.values) {
      const bits = def.key === 'role' ? index.roleBits.get(v.code) : index.valueBits.get(index.valueByCode.get(`${def.key}\u0000${v.code}`) ?? -1);
      list.push({ code: v.code, label: lang === 'nl' ? v.nl : v.en, unmapped: false, counts: countAll(bits) });
    }
  }
  // Open-list entries and unmapped values that some compared scan has.
  const extras = [...index.valueBits].map(([id, bits]) => ({ info: index.values.get(id)!, bits })).filter((e) => e.info.kind !== 'codebook' && out.has(e.info.dimension));
  extras.sort((a, b) => (a.info.kind === b.info.kind ? a.info.labelNl.localeCompare(b.info.labelNl, 'nl') : a.info.kind === 'unmapped' ? 1 : -1));
  for (const { info, bits } of extras) {
    const counts = countAll(bits);
    if (counts.every((n) => n === 0)) continue;
    const unmapped = info.kind === 'unmapped';
    out.get(info.dimension)!.push({ code: unmapped ? null : info.code, label: lang === 'nl' ? info.labelNl : info.labelEn, unmapped, counts });
  }
  // Roles the codebook does not know (kept verbatim on import).
  const roles = out.get('role')!;
  for (const [role, bits] of index.roleBits) {
    if (roles.some((r) => r.code === role)) continue;
    const counts = countAll(bits);
    if (counts.some((n) => n > 0)) roles.push({ code: null, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, unmapped: true, counts });
  }
  // Organisations: every one that takes part in a matching activity of some scan, most active first.
  const orgs: Counted[] = [];
  for (const o of index.organisations.values()) {
    const counts = masks.map((m) => {
      let n = 0;
      for (const p of o.positions) if (B.has(m, p)) n++;
      return n;
    });
    if (counts.some((n) => n > 0)) orgs.push({ code: o.name, label: o.name, unmapped: false, counts });
  }
  const sum = (c: Counted) => c.counts.reduce((a, b) => a + b, 0);
  orgs.sort((a, b) => sum(b) - sum(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  out.set('organisation', orgs);
  return out;
}

function withShares(c: Counted, totals: readonly number[]): CompareValue {
  const shares = c.counts.map((n, i) => (totals[i]! > 0 ? (100 * n) / totals[i]! : null));
  const present = c.counts.filter((n) => n > 0).length;
  const known = shares.filter((s): s is number => s !== null);
  return {
    ...c,
    shares,
    presence: present === 0 ? 'none' : present === c.counts.length ? 'all' : 'some',
    spread: known.length < 2 ? 0 : Math.max(...known) - Math.min(...known),
  };
}

export function compareScans(db: Db, query: CompareQuery): CompareResult {
  const lang = query.language ?? 'nl';
  const rows = scanRows(db, query.scans);
  const index = activityIndex(db);
  const masks = rows.map((s) => filterMasks(db, index, { ...query.filter, scans: [s.id] }).all);
  const scans: CompareScan[] = rows.map((s, i) => {
    const initiatives = new Set<number>();
    B.forEachAnd(masks[i]!, masks[i]!, (p) => initiatives.add(index.initiative[p]!));
    return { id: s.id, label: scanLabel(s.region, s.year), total: B.count(masks[i]!), initiatives: initiatives.size };
  });
  // Two scans of one region and year (kept both on import) stay apart by their id.
  const twice = new Set(scans.filter((s, i) => scans.findIndex((o) => o.label === s.label) !== i).map((s) => s.label));
  for (const s of scans) if (twice.has(s.label)) s.label += ` (#${s.id})`;
  const totals = scans.map((s) => s.total);
  const counted = valueCounts(index, masks, lang);
  const dimensions: CompareDimension[] = COMPARE_DIMENSIONS.map((key) => {
    const def = DIMENSIONS.find((d) => d.key === key)!;
    return { key, label: def[lang], values: counted.get(key)!.map((c) => withShares(c, totals)) };
  });
  return { scans, dimensions };
}
