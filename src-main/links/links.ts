/**
 * Links between two scans as the user sees them: the computed automatic links and proposals
 * (match.ts) with the decisions stored in the `link` table laid over them (a confirmed or rejected
 * pair keeps that status; a pair the user linked by hand is listed with its computed score), and
 * the decisions themselves (`link`, `unlink`, `link --activity`).
 */
import type { Filter } from '../../src-shared/filter';
import type { LinkKind, LinkStatus, LinkView } from '../../src-shared/links';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { activityNames, activityIndex, initiativeRows } from '../activities';
import { withChangeGroup } from '../history';
import { existingScan } from '../scans';
import { linkActivities, scoreActivities } from './activity-match';
import { scanFacts, type ScanFacts } from './facts';
import { proposeLinks, scorePair, type ActivityFacts, type InitiativeFacts } from './match';
import { linksBetween, saveLink, type StoredLink } from './repository';
import { TokenSimilarity } from './similarity';

/** A link with the facts of both ends (what the change report works from). */
export interface ResolvedLink<T> {
  from: T;
  to: T;
  score: number;
  reasons: LinkView['reasons'];
  status: LinkStatus;
}

export interface ScanPairLinks {
  from: ScanFacts;
  to: ScanFacts;
  initiatives: ResolvedLink<InitiativeFacts>[];
  stored: StoredLink[];
}

/** Only automatic and confirmed links count as the same initiative (never mere proposals). */
export const counts = (status: LinkStatus) => status === 'auto' || status === 'confirmed';

const pairKey = (a: number, b: number) => `${a}:${b}`;

function twoScans(db: Db, fromScan: number, toScan: number): void {
  existingScan(db, fromScan);
  existingScan(db, toScan);
  if (fromScan === toScan) throw new UserError('same-scan', { nl: 'Kies twee verschillende scans om te koppelen.', en: 'Choose two different scans to link.' });
}

export function scanPairLinks(db: Db, fromScan: number, toScan: number, filter?: Filter): ScanPairLinks {
  twoScans(db, fromScan, toScan);
  const from = scanFacts(db, fromScan, filter);
  const to = scanFacts(db, toScan, filter);
  const stored = linksBetween(db, from.initiatives.map((i) => i.id), to.initiatives.map((i) => i.id));
  const decided = new Map(stored.filter((l) => l.kind === 'initiative').map((l) => [pairKey(l.fromInitiative, l.toInitiative), l]));
  const out: ResolvedLink<InitiativeFacts>[] = [];
  const seen = new Set<string>();
  for (const p of proposeLinks(from.initiatives, to.initiatives)) {
    const key = pairKey(p.from.id, p.to.id);
    seen.add(key);
    out.push({ ...p, status: decided.get(key)?.status ?? p.status });
  }
  const fromById = new Map(from.initiatives.map((i) => [i.id, i]));
  const toById = new Map(to.initiatives.map((i) => [i.id, i]));
  const sim = new TokenSimilarity();
  for (const [key, l] of decided) {
    const f = fromById.get(l.fromInitiative);
    const t = toById.get(l.toInitiative);
    if (seen.has(key) || !f || !t) continue;
    out.push({ from: f, to: t, ...scorePair(f, t, sim), status: l.status });
  }
  return { from, to, initiatives: out, stored };
}

const view = <T extends { id: number; name: string }>(l: ResolvedLink<T>): LinkView => ({
  from: { id: l.from.id, name: l.from.name },
  to: { id: l.to.id, name: l.to.name },
  score: l.score,
  reasons: l.reasons,
  status: l.status,
});

/** `links --from --to`: every automatic link and proposal, and every stored decision, between the two scans. */
export function listLinks(db: Db, fromScan: number, toScan: number): LinkView[] {
  return scanPairLinks(db, fromScan, toScan).initiatives.map(view);
}

/** Groups of initiatives joined by counting links (a split or merge is one group). */
export function linkGroups(links: readonly ResolvedLink<InitiativeFacts>[]): { from: InitiativeFacts[]; to: InitiativeFacts[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const facts = new Map<string, InitiativeFacts>();
  for (const l of links.filter((x) => counts(x.status))) {
    const f = `f${l.from.id}`;
    const t = `t${l.to.id}`;
    add(f);
    add(t);
    facts.set(f, l.from);
    facts.set(t, l.to);
    parent.set(find(f), find(t));
  }
  const groups = new Map<string, { from: InitiativeFacts[]; to: InitiativeFacts[] }>();
  for (const [key, i] of facts) {
    const root = find(key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { from: [], to: [] }));
    (key.startsWith('f') ? g.from : g.to).push(i);
  }
  return [...groups.values()];
}

/** Activity links within each group of linked initiatives, with stored activity decisions laid over them. */
export function activityLinks(pair: ScanPairLinks): ResolvedLink<ActivityFacts>[] {
  const decided = new Map(pair.stored.filter((l) => l.kind === 'activity').map((l) => [pairKey(l.fromActivity!, l.toActivity!), l.status]));
  const sim = new TokenSimilarity();
  const out: ResolvedLink<ActivityFacts>[] = [];
  const seen = new Set<string>();
  for (const g of linkGroups(pair.initiatives)) {
    for (const p of linkActivities(g.from.flatMap((i) => i.activities), g.to.flatMap((i) => i.activities), sim)) {
      const key = pairKey(p.from.id, p.to.id);
      seen.add(key);
      out.push({ ...p, status: decided.get(key) ?? p.status });
    }
  }
  const fromActs = new Map(pair.from.initiatives.flatMap((i) => i.activities).map((a) => [a.id, a]));
  const toActs = new Map(pair.to.initiatives.flatMap((i) => i.activities).map((a) => [a.id, a]));
  for (const l of pair.stored) {
    if (l.kind !== 'activity' || seen.has(pairKey(l.fromActivity!, l.toActivity!))) continue;
    const f = fromActs.get(l.fromActivity!);
    const t = toActs.get(l.toActivity!);
    if (f && t) out.push({ from: f, to: t, ...scoreActivities(f, t, sim), status: l.status });
  }
  return out;
}

/** `links --activity`: the activity links between two scans. */
export function listActivityLinks(db: Db, fromScan: number, toScan: number): LinkView[] {
  return activityLinks(scanPairLinks(db, fromScan, toScan)).map(view);
}

function notFound(kind: LinkKind, id: number): UserError {
  return kind === 'initiative'
    ? new UserError('not-found', { nl: `Initiatief ${id} bestaat niet (zie de node-id's van 'regioscan graph --json' of 'regioscan links').`, en: `Initiative ${id} does not exist (see the node ids of 'regioscan graph --json' or 'regioscan links').` })
    : new UserError('not-found', { nl: `Activiteit ${id} bestaat niet (zie 'regioscan links --activity').`, en: `Activity ${id} does not exist (see 'regioscan links --activity').` });
}

/**
 * Confirms or rejects the link between two initiatives (kind `initiative`) or two activities (kind
 * `activity`) of two different scans; checks everything before it writes. The decision is one change
 * group (origin `link`) in the history, so `regioscan undo` takes it back (docs/history.md).
 */
export function decideLink(db: Db, kind: LinkKind, fromId: number, toId: number, decision: 'confirmed' | 'rejected'): LinkView {
  const names = kind === 'initiative' ? new Map(initiativeRows(db, [fromId, toId]).map((r) => [r.id, r.name])) : activityNames(db, [fromId, toId]);
  const label = `${names.get(fromId) ?? fromId} → ${names.get(toId) ?? toId} (${decision})`;
  return withChangeGroup(db, { origin: 'link', label }, () => storeDecision(db, kind, fromId, toId, decision)).result;
}

function storeDecision(db: Db, kind: LinkKind, fromId: number, toId: number, decision: 'confirmed' | 'rejected'): LinkView {
  if (fromId === toId) throw new UserError('same-link-end', { nl: 'Een koppeling verbindt twee verschillende ids.', en: 'A link joins two different ids.' });
  let fromInitiative = fromId;
  let toInitiative = toId;
  if (kind === 'activity') {
    const index = activityIndex(db);
    const position = (id: number) => {
      const p = index.position.get(id);
      if (p === undefined) throw notFound('activity', id);
      return p;
    };
    fromInitiative = index.initiative[position(fromId)]!;
    toInitiative = index.initiative[position(toId)]!;
  }
  const rows = new Map(initiativeRows(db, [fromInitiative, toInitiative]).map((r) => [r.id, r]));
  const a = rows.get(fromInitiative);
  const b = rows.get(toInitiative);
  if (!a) throw notFound('initiative', fromInitiative);
  if (!b) throw notFound('initiative', toInitiative);
  if (a.scan_id === b.scan_id) {
    throw new UserError('same-scan', { nl: `${kind === 'initiative' ? 'Initiatieven' : 'Activiteiten'} ${fromId} en ${toId} horen bij dezelfde scan; een koppeling verbindt twee scans.`, en: `${kind === 'initiative' ? 'Initiatives' : 'Activities'} ${fromId} and ${toId} belong to the same scan; a link joins two scans.` });
  }
  const pair = scanPairLinks(db, a.scan_id, b.scan_id);
  const decidedAt = new Date().toISOString();
  if (kind === 'initiative') {
    const f = pair.from.initiatives.find((i) => i.id === fromId)!;
    const t = pair.to.initiatives.find((i) => i.id === toId)!;
    const { score, reasons } = scorePair(f, t);
    saveLink(db, { kind, fromInitiative, toInitiative, fromActivity: null, toActivity: null, status: decision, score, reasons, decidedAt });
    return { from: { id: f.id, name: f.name }, to: { id: t.id, name: t.name }, score, reasons, status: decision };
  }
  const f = pair.from.initiatives.flatMap((i) => i.activities).find((x) => x.id === fromId)!;
  const t = pair.to.initiatives.flatMap((i) => i.activities).find((x) => x.id === toId)!;
  const { score, reasons } = scoreActivities(f, t);
  saveLink(db, { kind, fromInitiative, toInitiative, fromActivity: fromId, toActivity: toId, status: decision, score, reasons, decidedAt });
  const names = activityNames(db, [fromId, toId]);
  return { from: { id: fromId, name: names.get(fromId) ?? f.name }, to: { id: toId, name: names.get(toId) ?? t.name }, score, reasons, status: decision };
}
