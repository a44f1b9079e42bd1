import type { EdgeType } from '../../src-shared/model';
import { openCliDatabase } from '../cli/database';
import { DEFAULT_TOP_PER_NODE } from '../../src-shared/graph-rules';
import { buildGraph } from './graph';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';

const EDGE_TYPES: readonly EdgeType[] = ['sector', 'generic', 'providers', 'learn'];
const ROLES = ['initiatiefnemer', 'financier', 'uitvoerder', 'contact'];

export const runGraph: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['role', 'min-weight', 'lens', 'top-per-node'], flags: ['json'], lists: ['edges'], filter: true });
  // The screen's default: sector edges, and generic ones (left out above 150 nodes).
  const edges = (values.edges ?? ['sector', 'generic']).flatMap((e) => e.split(','));
  for (const e of edges) if (!(EDGE_TYPES as readonly string[]).includes(e)) throw new CliUsageError({ nl: `--edges neemt sector, generic, providers of learn, niet ${typed(e)}.`, en: `--edges takes sector, generic, providers or learn, not ${typed(e)}.` });
  const lens = values.lens?.toUpperCase();
  if (lens !== undefined && lens !== 'A' && lens !== 'B' && lens !== 'C') throw new CliUsageError({ nl: `--lens neemt A, B of C, niet ${typed(String(values.lens))}.`, en: `--lens takes A, B or C, not ${typed(String(values.lens))}.` });
  if (values.role !== undefined && !ROLES.includes(values.role)) throw new CliUsageError({ nl: `--role neemt een van ${ROLES.join(', ')}, niet ${typed(values.role)}.`, en: `--role takes one of ${ROLES.join(', ')}, not ${typed(values.role)}.` });
  const minWeight = values['min-weight'] === undefined ? undefined : Number(values['min-weight']);
  if (minWeight !== undefined && (!Number.isInteger(minWeight) || minWeight < 1)) throw new CliUsageError({ nl: `--min-weight neemt een geheel getal vanaf 1, niet ${typed(String(values['min-weight']))}.`, en: `--min-weight takes a whole number from 1, not ${typed(String(values['min-weight']))}.` });
  // The screen's default: each initiative keeps its 3 strongest lines per kind; 'all' keeps every line.
  const top = values['top-per-node'];
  const neighbourCap = top === undefined ? DEFAULT_TOP_PER_NODE : top === 'all' ? null : Number(top);
  if (neighbourCap !== null && (!Number.isInteger(neighbourCap) || neighbourCap < 1 || neighbourCap > 1000)) {
    throw new CliUsageError({ nl: `--top-per-node neemt een geheel getal van 1 tot en met 1000 of 'all', niet ${typed(String(top))}.`, en: `--top-per-node takes a whole number from 1 to 1000 or 'all', not ${typed(String(top))}.` });
  }
  const db = await openCliDatabase(values.db);
  try {
    const graph = buildGraph(db, { filter: filterFromOptions(db, values), edges: edges as EdgeType[], role: values.role, minWeight, neighbourCap, clusters: true, learnLens: lens as 'A' | 'B' | 'C' | undefined });
    if (values.json) {
      const out = {
        nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, focus: n.focus, region: n.region, scan: n.scan, type: n.type, cluster: n.cluster, activities: n.activities, reach: n.reach })),
        edges: graph.edges.map((e) => ({ source: e.source, target: e.target, type: e.type, weight: e.weight, shared: e.shared })),
        clusters: graph.clusters,
        candidateEdges: graph.candidateEdges,
        topPerNode: graph.neighbourCap,
      };
      io.out(JSON.stringify(out, null, 2) + '\n');
      return 0;
    }
    const thinned = graph.edges.length < graph.candidateEdges ? ` (of ${graph.candidateEdges}; each initiative keeps its ${graph.neighbourCap} strongest per kind)` : '';
    const clusters = graph.clusters.filter((c) => c.size > 1).length;
    io.out(`${counted(graph.nodes.length, 'initiative', 'initiatives')}, ${counted(graph.edges.length, 'edge', 'edges')}${thinned}, ${counted(clusters, 'cluster', 'clusters')} of 2 or more${graph.genericSuppressed ? '; generic edges left out above 150 initiatives' : ''}\n`);
    return 0;
  } finally {
    db.close();
  }
};
