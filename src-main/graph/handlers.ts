/** The Ecosysteemkaart's channels: the map's model, and its stored layout per set of scans. */
import type { DomainHandlers } from '../rpc/types';
import { buildGraph } from './graph';
import { graphPositions, saveGraphPositions } from './positions';

export const graphHandlers: DomainHandlers<'graph.build' | 'graph.positions.get' | 'graph.positions.save'> = {
  'graph.build': (db, args) =>
    buildGraph(db, {
      filter: args.filter,
      edges: args.edges,
      role: args.role,
      minWeight: args.minWeight,
      ...(args.neighbourCap !== undefined ? { neighbourCap: args.neighbourCap } : {}),
      forceGeneric: args.forceGeneric,
      attributes: args.attributes,
      learnLens: args.learnLens,
    }),
  'graph.positions.get': (db, { scans }) => ({ positions: graphPositions(db, scans) }),
  'graph.positions.save': (db, { scans, positions }) => ({ saved: saveGraphPositions(db, scans, positions) }),
};
