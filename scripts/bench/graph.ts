/**
 * `npm run bench:graph`: building the Ecosysteemkaart's nodes and edges on the 20,000-initiative
 * stress scan, and for a filter of about 2,000 initiatives, with the candidate pairs counted.
 * (Time to first frame and ForceAtlas2 speed are browser measurements; see the closing notes.)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { openDatabase } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { buildGraph } from '../../src-main/query/graph';
import { REPO_ROOT } from '../../src-main/version';
import { buildStressScan } from './stress-scan';

const dir = join(REPO_ROOT, 'tmp', 'bench');
mkdirSync(dir, { recursive: true });
const path = join(dir, 'filter-60000.sqlite');
const fresh = !existsSync(path);
const db = await openDatabase(path);
if (fresh) writeScan(db, buildStressScan(60_000, 20_000), [], { fileName: null, sha256: null });

function median(fn: () => unknown, runs = 7): number {
  fn();
  const times = Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const cases: [string, Filter][] = [
  ['whole stress scan', emptyFilter()],
  ['filter: Signaleren or Kennisplatform, knelpunt 1 or 2', { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren', 'kennisplatform'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }] }],
];
for (const [label, filter] of cases) {
  const g = buildGraph(db, { filter, edges: ['sector', 'generic'] });
  const ms = median(() => buildGraph(db, { filter, edges: ['sector', 'generic'] }));
  const providers = median(() => buildGraph(db, { filter, edges: ['providers'] }));
  console.log(`${label}: ${g.nodes.length} initiatives, ${g.candidateEdges} candidate sector edges → ${g.edges.length} kept (cap ${g.neighbourCap ?? 'none'}); model ${ms.toFixed(1)} ms median; providers lens ${providers.toFixed(1)} ms`);
}
console.log('target: graph model for 2,000 initiatives ≤ 150 ms');
db.close();
