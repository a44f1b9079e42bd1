/**
 * The Ecosysteemkaart coloured by change between two scans (the Ontwikkeling screen, docs/links.md
 * §7): what each initiative of the two scans becomes on the map. Pure module: no Node, no DOM.
 *
 * - An initiative of the later scan is `new` (unlinked), `back` (new, but seen in an earlier scan of
 *   the region: a gap), or linked: `grown`, `shrunk` or `continued` as its matching activities
 *   compare with those of the earlier initiative(s) it is linked to (a merge or split compares the
 *   group's sums).
 * - An initiative of the earlier scan is on the map only when nothing of the later scan stands for
 *   it: `stopped`, or `absent` (missing now, back in a later scan). Both are drawn as ghosts.
 *   A linked earlier initiative is left out: its successor is its node.
 */
import type { Filter } from './filter';
import type { ChangeReport } from './links';
import type { GraphModel } from './model';

export const CHANGE_KINDS = ['new', 'grown', 'continued', 'shrunk', 'back', 'absent', 'stopped'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Kinds of the earlier scan only: drawn as ghost nodes. */
export const GHOST_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>(['absent', 'stopped']);

/** What each initiative (by id) is on the change map; ids not in it are left off the map. */
export function changeKinds(report: ChangeReport, activities: (id: number) => number): Map<number, ChangeKind> {
  const kinds = new Map<number, ChangeKind>();
  const sum = (ids: readonly number[]) => ids.reduce((n, id) => n + activities(id), 0);
  const linked = (from: readonly number[], to: readonly number[]) => {
    const before = sum(from);
    const after = sum(to);
    const kind: ChangeKind = after > before ? 'grown' : after < before ? 'shrunk' : 'continued';
    for (const id of to) kinds.set(id, kind);
  };
  const { initiatives } = report;
  for (const p of [...initiatives.continued, ...initiatives.renamed]) linked([p.from.id], [p.to.id]);
  for (const m of initiatives.merged) linked(m.from.map((i) => i.id), [m.to.id]);
  for (const s of initiatives.split) linked([s.from.id], s.to.map((i) => i.id));
  for (const i of initiatives.new) kinds.set(i.id, 'new');
  for (const i of initiatives.stopped) kinds.set(i.id, 'stopped');
  for (const g of initiatives.gap) kinds.set(g.id, g.kind === 'back' ? 'back' : 'absent');
  return kinds;
}

export interface ChangeMapModel {
  /** The graph model with only the nodes the change map shows, and the lines between them. */
  model: GraphModel;
  /** Node key (initiative id as text) → its change. */
  kinds: Map<string, ChangeKind>;
}

/** The map model of both scans narrowed to what the change map shows, with each node's change. */
export function changeMapModel(model: GraphModel, report: ChangeReport): ChangeMapModel {
  const activities = new Map(model.nodes.map((n) => [n.id, n.activities]));
  const kinds = changeKinds(report, (id) => activities.get(id) ?? 0);
  const nodes = model.nodes.filter((n) => kinds.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = model.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { model: { ...model, nodes, edges }, kinds: new Map(nodes.map((n) => [String(n.id), kinds.get(n.id)!])) };
}

/** How many initiatives of each kind the map shows, in legend order. */
export function changeCounts(kinds: ReadonlyMap<string, ChangeKind>): { kind: ChangeKind; count: number }[] {
  const counts = new Map<ChangeKind, number>();
  for (const k of kinds.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return CHANGE_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

/** What the Ontwikkeling screen hands the change map (the app frame joins the two renderer domains). */
export interface ChangeMapProps {
  from: number;
  to: number;
  /** The active filter (its scans are replaced by the two). */
  filter: Filter;
  report: ChangeReport;
}
