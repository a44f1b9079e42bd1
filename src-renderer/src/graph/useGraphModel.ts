/** `graph.build` for the current arguments; the previous model stays while the next one loads. */
import { useEffect, useState } from 'react';
import type { ArgsOf } from '../../../src-shared/contract';
import type { GraphModel } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';

export type GraphArgs = ArgsOf<'graph.build'>;

export interface GraphModelState {
  model: GraphModel | null;
  loading: boolean;
  error: LocalisedMessage | null;
}

export function useGraphModel(args: GraphArgs | null): GraphModelState {
  const [answer, setAnswer] = useState<{ args: GraphArgs | null; model: GraphModel | null; error: LocalisedMessage | null }>({ args: null, model: null, error: null });

  useEffect(() => {
    if (!args) return;
    let cancelled = false;
    api.invoke('graph.build', args).then(
      (model) => !cancelled && setAnswer({ args, model, error: null }),
      (error: unknown) => !cancelled && setAnswer((a) => ({ args, model: a.model, error: toApiError(error).userMessage })),
    );
    return () => {
      cancelled = true;
    };
  }, [args]);

  return { model: answer.model, error: answer.error, loading: args !== null && answer.args !== args };
}
