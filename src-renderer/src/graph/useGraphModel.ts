/** `graph.build` for the current arguments; the previous model stays while the next one loads. */
import type { ArgsOf } from '../../../src-shared/contract';
import type { GraphModel } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';
import { useApiQuery } from '../api/query';

export type GraphArgs = ArgsOf<'graph.build'>;

export interface GraphModelState {
  model: GraphModel | null;
  loading: boolean;
  error: LocalisedMessage | null;
}

export function useGraphModel(args: GraphArgs | null): GraphModelState {
  const { value, loading, error } = useApiQuery('graph.build', args, { keepPrevious: true });
  return { model: value, loading, error };
}
