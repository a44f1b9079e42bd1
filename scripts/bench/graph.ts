/**
 * `npm run bench:graph`: building the Ecosysteemkaart's nodes and edges on the 20,000-initiative
 * stress scan, and for a filter of about 2,000 initiatives, with the candidate pairs counted.
 * (Time to first frame and ForceAtlas2 speed are browser measurements; see the closing notes.)
 */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { buildGraph } from '../../src-main/query/graph';
import { medianTime, stressDb } from './bench-db';

const db = await stressDb(60_000, 20_000, 'filter-60000.sqlite');

const cases: [string, Filter][] = [
  ['whole stress scan', emptyFilter()],
  ['filter: Signaleren, knelpunt 1, 2 or 3 (about 2,000 initiatives)', { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2', '3'] }] }],
  ['filter: Signaleren or Kennisplatform, knelpunt 1 or 2', { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren', 'kennisplatform'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }] }],
];
for (const [label, filter] of cases) {
  const g = buildGraph(db, { filter, edges: ['sector', 'generic'] });
  const ms = medianTime(() => buildGraph(db, { filter, edges: ['sector', 'generic'] }));
  const providers = medianTime(() => buildGraph(db, { filter, edges: ['providers'] }));
  console.log(`${label}: ${g.nodes.length} initiatives, ${g.candidateEdges} candidate sector edges → ${g.edges.length} kept (cap ${g.neighbourCap ?? 'none'}); model ${ms.toFixed(1)} ms median; providers lens ${providers.toFixed(1)} ms`);
}
console.log('target: graph model for 2,000 initiatives ≤ 150 ms');
db.close();
