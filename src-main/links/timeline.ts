/**
 * The change between two scans as a GEXF timeline for Gephi (docs/links.md §4): one node per linked
 * group of initiatives (or unlinked initiative) and per organisation, one edge per
 * organisation–initiative tie, each with the span of scan years it is present in, so that Gephi's
 * timeline plays the scans. Node attributes: kind (initiative, organisation) and the change
 * (continued, renamed, merged, split, new, stopped).
 */
import type { Filter } from '../../src-shared/filter';
import type { Db } from '../db/open';
import { existingScan } from '../scans';
import { linkGroups, scanPairLinks } from './links';
import type { InitiativeFacts } from './match';

type Change = 'continued' | 'renamed' | 'merged' | 'split' | 'new' | 'stopped';

interface Span {
  start: number;
  end: number;
}

interface TimelineNode {
  id: string;
  label: string;
  kind: 'initiative' | 'organisation';
  change: Change | null;
  spans: Span[];
}

interface TimelineEdge {
  source: string;
  target: string;
  spans: Span[];
}

/** Text as XML attribute content (control characters XML 1.0 cannot hold are dropped). */
const escape = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Years the two scans stand for: their own, else 1 and 2; a later scan always gets a later time. */
function times(fromYear: number | null, toYear: number | null): { from: Span; to: Span; both: Span } {
  const a = fromYear ?? 1;
  const b = toYear !== null && toYear > a ? toYear : a + 1;
  return { from: { start: a, end: b - 1 }, to: { start: b, end: b }, both: { start: a, end: b } };
}

export function changeTimeline(db: Db, fromId: number, toId: number, filter: Filter): { nodes: TimelineNode[]; edges: TimelineEdge[] } {
  const fromScan = existingScan(db, fromId);
  const toScan = existingScan(db, toId);
  const t = times(fromScan.year, toScan.year);
  const pair = scanPairLinks(db, fromId, toId, filter);
  const nodes: TimelineNode[] = [];
  const ties = new Map<string, { source: string; target: string; from: boolean; to: boolean }>();
  const organisations = new Map<number, { name: string; from: boolean; to: boolean }>();
  const tie = (node: string, i: InitiativeFacts, side: 'from' | 'to') => {
    for (const orgs of i.organisations.values()) {
      for (const [id, name] of orgs) {
        const key = `${node}\u0000${id}`;
        const e = ties.get(key) ?? { source: `o${id}`, target: node, from: false, to: false };
        e[side] = true;
        ties.set(key, e);
        const o = organisations.get(id) ?? { name, from: false, to: false };
        o[side] = true;
        organisations.set(id, o);
      }
    }
  };
  const linked = new Set<number>();
  for (const g of linkGroups(pair.initiatives)) {
    const change: Change = g.from.length > 1 ? 'merged' : g.to.length > 1 ? 'split' : g.from[0]!.key === g.to[0]!.key ? 'continued' : 'renamed';
    const id = `g${g.to[0]!.id}`;
    nodes.push({ id, label: g.to.map((i) => i.name).sort((a, b) => a.localeCompare(b, 'nl')).join(' + '), kind: 'initiative', change, spans: [t.both] });
    for (const i of g.from) {
      linked.add(i.id);
      tie(id, i, 'from');
    }
    for (const i of g.to) {
      linked.add(i.id);
      tie(id, i, 'to');
    }
  }
  for (const i of pair.from.initiatives.filter((x) => !linked.has(x.id))) {
    nodes.push({ id: `i${i.id}`, label: i.name, kind: 'initiative', change: 'stopped', spans: [t.from] });
    tie(`i${i.id}`, i, 'from');
  }
  for (const i of pair.to.initiatives.filter((x) => !linked.has(x.id))) {
    nodes.push({ id: `i${i.id}`, label: i.name, kind: 'initiative', change: 'new', spans: [t.to] });
    tie(`i${i.id}`, i, 'to');
  }
  const span = (x: { from: boolean; to: boolean }) => (x.from && x.to ? t.both : x.from ? t.from : t.to);
  for (const [id, o] of organisations) nodes.push({ id: `o${id}`, label: o.name, kind: 'organisation', change: null, spans: [span(o)] });
  const edges = [...ties.values()].map((e) => ({ source: e.source, target: e.target, spans: [span(e)] }));
  return { nodes, edges };
}

/** GEXF 1.3 with start/end spells per node and edge (timeformat integer: scan years). */
export function timelineGexf(timeline: { nodes: TimelineNode[]; edges: TimelineEdge[] }, meta: { version: string; date: Date }): string {
  const spells = (list: Span[]) => `<spells>${list.map((s) => `<spell start="${s.start}" end="${s.end}"/>`).join('')}</spells>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${meta.date.toISOString().slice(0, 10)}"><creator>Regioscan ${escape(meta.version)}</creator><description>Changes between two scans (timeline: scan years)</description></meta>`,
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="integer" timerepresentation="interval">',
    '    <attributes class="node" mode="static"><attribute id="kind" title="kind" type="string"/><attribute id="change" title="change" type="string"/></attributes>',
    '    <nodes>',
    ...timeline.nodes.map((n) => `      <node id="${n.id}" label="${escape(n.label)}"><attvalues><attvalue for="kind" value="${n.kind}"/>${n.change ? `<attvalue for="change" value="${n.change}"/>` : ''}</attvalues>${spells(n.spans)}</node>`),
    '    </nodes>',
    '    <edges>',
    ...timeline.edges.map((e, k) => `      <edge id="e${k}" source="${e.source}" target="${e.target}">${spells(e.spans)}</edge>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}
