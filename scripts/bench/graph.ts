/**
 * `npm run bench:graph`: building the Ecosysteemkaart's nodes and edges on the 20,000-initiative
 * stress scan, for filters of about 2,000 and 3,000 initiatives, and on the national-scale scan (600
 * activities, 220 initiatives), with the candidate pairs counted: as the map asks (each initiative's
 * 10 strongest lines per kind, ranked) and as the CLI answers by default (3, with Louvain clusters).
 * (First frame, layout and redraws are browser measurements: scripts/bench/graph-browser.ts.)
 */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { MAX_TOP_PER_NODE } from '../../src-shared/graph-rules';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { buildGraph } from '../../src-main/graph/graph';
import { buildDerivedScan, NATIONAL_SCAN } from '../sample/derived-scan';
import { benchDb, medianTime, stressDb } from './bench-db';

const stress = await stressDb(60_000, 20_000, 'filter-60000.sqlite');
const national = await benchDb('graph-national.sqlite', (db) => writeScan(db, buildDerivedScan(NATIONAL_SCAN), [], { fileName: null, sha256: null }));

const cases: [string, Db, Filter][] = [
  ['national scale (600 activities, 220 initiatives)', national, emptyFilter()],
  ['stress filter: Signaleren, knelpunt 1, 2 or 3 (about 2,000 initiatives)', stress, { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2', '3'] }] }],
  ['stress filter: Signaleren or Kennisplatform, knelpunt 1 or 2', stress, { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren', 'kennisplatform'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }] }],
  ['whole stress scan (20,000 initiatives)', stress, emptyFilter()],
];
for (const [label, db, filter] of cases) {
  const map = { filter, edges: ['sector', 'generic'] as const, neighbourCap: MAX_TOP_PER_NODE };
  const cli = { filter, edges: ['sector', 'generic'] as const, clusters: true };
  const g = buildGraph(db, map);
  const runs = g.nodes.length > 10_000 ? 3 : 7;
  const ms = medianTime(() => buildGraph(db, map), runs);
  const cliMs = medianTime(() => buildGraph(db, cli), runs);
  const providers = medianTime(() => buildGraph(db, { filter, edges: ['providers'], neighbourCap: MAX_TOP_PER_NODE }), runs);
  console.log(`${label}: ${g.nodes.length} initiatives, ${g.candidateEdges} candidate lines → ${g.edges.length} of rank ≤ ${MAX_TOP_PER_NODE}; map's model ${ms.toFixed(1)} ms median; CLI default (3 per initiative, clusters) ${cliMs.toFixed(1)} ms; providers lens ${providers.toFixed(1)} ms`);
}
console.log('target: graph model for 2,000 initiatives ≤ 150 ms');
stress.close();
national.close();
