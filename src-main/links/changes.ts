/**
 * The change report between two scans (docs/links.md §4): which initiatives are new, stopped,
 * continued, renamed, merged or split (only automatic and confirmed links count), gaps when the
 * region has more scans, activity counts, per-dimension activity counts (Vergelijken's, in Dutch),
 * reach, organisations, and the Jaccard index of organisation–initiative ties over linked initiatives.
 */
import type { Filter } from '../../src-shared/filter';
import type { ChangeReport, LinkGap, LinkRef } from '../../src-shared/links';
import type { Db } from '../db/open';
import { B } from '../activities';
import { compareScans } from '../compare';
import { existingScan, scanLabel, scanNames, type ScanName } from '../scans';
import type { InitiativeFacts } from './match';
import type { ScanFacts } from './facts';
import { activityLinks, counts, linkGroups, scanPairLinks } from './links';
import { jaccard } from './similarity';

const ref = (i: { id: number; name: string }): LinkRef => ({ id: i.id, name: i.name });
const byName = (a: LinkRef, b: LinkRef) => a.name.localeCompare(b.name, 'nl') || a.id - b.id;

/** Scans of a region in time order (year, then id; a scan without a year by id after those with one). */
function regionScans(db: Db, region: string): ScanName[] {
  const same = scanNames(db).filter((s) => s.region.toLowerCase() === region.toLowerCase());
  return same.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id - b.id);
}

/** Initiatives of `ids` (in scan `own`) that a counting link joins to an initiative of scan `other`. */
function linkedTo(db: Db, own: number, other: number, ids: ReadonlySet<number>, ownIsFrom: boolean): Set<number> {
  const pair = ownIsFrom ? scanPairLinks(db, own, other) : scanPairLinks(db, other, own);
  const out = new Set<number>();
  for (const l of pair.initiatives) {
    if (!counts(l.status)) continue;
    const mine = ownIsFrom ? l.from.id : l.to.id;
    if (ids.has(mine)) out.add(mine);
  }
  return out;
}

/**
 * Gaps: a stopped initiative that is back in a later scan of the to-scan's region is `absent`; a new
 * one that was in an earlier scan of the from-scan's region is `back`. The nearest scan is named.
 */
function findGaps(db: Db, fromScan: ScanName, toScan: ScanName, stopped: InitiativeFacts[], fresh: InitiativeFacts[]): LinkGap[] {
  const gaps: LinkGap[] = [];
  const place = (list: ScanName[], id: number) => list.findIndex((s) => s.id === id);
  const toRegion = regionScans(db, toScan.region);
  const later = toRegion.slice(place(toRegion, toScan.id) + 1).filter((s) => s.id !== fromScan.id);
  let open = new Set(stopped.map((i) => i.id));
  for (const s of later) {
    if (open.size === 0) break;
    const back = linkedTo(db, fromScan.id, s.id, open, true);
    for (const i of stopped) if (back.has(i.id)) gaps.push({ ...ref(i), kind: 'absent', seenIn: { id: s.id, label: scanLabel(s.region, s.year) } });
    open = new Set([...open].filter((id) => !back.has(id)));
  }
  const fromRegion = regionScans(db, fromScan.region);
  const earlier = fromRegion.slice(0, Math.max(0, place(fromRegion, fromScan.id))).reverse().filter((s) => s.id !== toScan.id);
  open = new Set(fresh.map((i) => i.id));
  for (const s of earlier) {
    if (open.size === 0) break;
    const seen = linkedTo(db, toScan.id, s.id, open, false);
    for (const i of fresh) if (seen.has(i.id)) gaps.push({ ...ref(i), kind: 'back', seenIn: { id: s.id, label: scanLabel(s.region, s.year) } });
    open = new Set([...open].filter((id) => !seen.has(id)));
  }
  return gaps.sort(byName);
}

function reach(facts: ScanFacts): { sum: number; known: number } {
  let sum = 0;
  let known = 0;
  B.forEachAnd(facts.mask, facts.mask, (p) => {
    const r = facts.index.reach[p]!;
    if (Number.isNaN(r)) return;
    sum += r;
    known++;
  });
  return { sum, known };
}

function organisationsOf(facts: ScanFacts): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of facts.initiatives) for (const orgs of i.organisations.values()) for (const [id, name] of orgs) out.set(id, name);
  return out;
}

export function changeReport(db: Db, fromId: number, toId: number, filter: Filter): ChangeReport {
  const fromScan = existingScan(db, fromId);
  const toScan = existingScan(db, toId);
  const pair = scanPairLinks(db, fromId, toId, filter);
  const groups = linkGroups(pair.initiatives);

  const continued: ChangeReport['initiatives']['continued'] = [];
  const renamed: ChangeReport['initiatives']['renamed'] = [];
  const merged: ChangeReport['initiatives']['merged'] = [];
  const split: ChangeReport['initiatives']['split'] = [];
  const linkedFrom = new Set<number>();
  const linkedTo = new Set<number>();
  const ties = { from: new Set<string>(), to: new Set<string>() };
  groups.forEach((g, k) => {
    for (const i of g.from) linkedFrom.add(i.id);
    for (const i of g.to) linkedTo.add(i.id);
    for (const i of g.from) for (const orgs of i.organisations.values()) for (const o of orgs.keys()) ties.from.add(`${o}:${k}`);
    for (const i of g.to) for (const orgs of i.organisations.values()) for (const o of orgs.keys()) ties.to.add(`${o}:${k}`);
    if (g.from.length === 1 && g.to.length === 1) {
      const entry = { from: ref(g.from[0]!), to: ref(g.to[0]!) };
      (g.from[0]!.key === g.to[0]!.key ? continued : renamed).push(entry);
    } else if (g.from.length === 1) {
      split.push({ from: ref(g.from[0]!), to: g.to.map(ref).sort(byName) });
    } else if (g.to.length === 1) {
      merged.push({ from: g.from.map(ref).sort(byName), to: ref(g.to[0]!) });
    } else {
      // Many to many: reported as merges into each later initiative of the group.
      const links = pair.initiatives.filter((l) => counts(l.status));
      for (const t of g.to) merged.push({ from: links.filter((l) => l.to.id === t.id).map((l) => ref(l.from)).sort(byName), to: ref(t) });
    }
  });
  const stoppedFacts = pair.from.initiatives.filter((i) => !linkedFrom.has(i.id));
  const newFacts = pair.to.initiatives.filter((i) => !linkedTo.has(i.id));
  const gap = findGaps(db, fromScan, toScan, stoppedFacts, newFacts);
  const inGap = new Set(gap.map((g) => g.id));

  const acts = activityLinks(pair).filter((l) => counts(l.status));
  const fromActs = pair.from.initiatives.reduce((n, i) => n + i.activities.length, 0);
  const toActs = pair.to.initiatives.reduce((n, i) => n + i.activities.length, 0);
  const actsFrom = new Set(acts.map((l) => l.from.id)).size;
  const actsTo = new Set(acts.map((l) => l.to.id)).size;

  const compared = compareScans(db, { scans: [fromId, toId], filter, language: 'nl' });
  const dimensions: ChangeReport['dimensions'] = {};
  for (const d of compared.dimensions) dimensions[d.key] = d.values.map((v) => ({ code: v.code, label: v.label, from: v.counts[0] ?? 0, to: v.counts[1] ?? 0 }));

  const reachFrom = reach(pair.from);
  const reachTo = reach(pair.to);
  const orgsFrom = organisationsOf(pair.from);
  const orgsTo = organisationsOf(pair.to);
  const orgList = (m: Map<number, string>, keep: (id: number) => boolean) => [...m].filter(([id]) => keep(id)).map(([id, name]) => ({ id, name })).sort(byName);

  return {
    from: { id: fromId, label: scanLabel(fromScan.region, fromScan.year) },
    to: { id: toId, label: scanLabel(toScan.region, toScan.year) },
    initiatives: {
      new: newFacts.filter((i) => !inGap.has(i.id)).map(ref).sort(byName),
      stopped: stoppedFacts.filter((i) => !inGap.has(i.id)).map(ref).sort(byName),
      continued: continued.sort((a, b) => byName(a.from, b.from)),
      renamed: renamed.sort((a, b) => byName(a.from, b.from)),
      merged: merged.sort((a, b) => byName(a.to, b.to)),
      split: split.sort((a, b) => byName(a.from, b.from)),
      gap,
    },
    activities: { new: toActs - actsTo, stopped: fromActs - actsFrom, continued: acts.length },
    dimensions,
    reach: { from: reachFrom.sum, to: reachTo.sum, knownFrom: reachFrom.known, knownTo: reachTo.known },
    organisations: {
      new: orgList(orgsTo, (id) => !orgsFrom.has(id)),
      gone: orgList(orgsFrom, (id) => !orgsTo.has(id)),
      continued: orgList(orgsFrom, (id) => orgsTo.has(id)),
    },
    jaccard: jaccard(ties.from, ties.to),
  };
}
