/**
 * One call to main for the given arguments (memoise them: a new object is a new request). An answer
 * for older arguments is dropped; `loading` is true until the answer for these arguments is in.
 */
import { useEffect, useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../../src-shared/contract';
import { api } from './client';
import { toApiError, type LocalisedMessage } from './errors';

export interface ApiResult<R> {
  value: R | null;
  error: LocalisedMessage | null;
  loading: boolean;
}

export function useApiResult<C extends Channel>(channel: C, args: ArgsOf<C> | null): ApiResult<ResultOf<C>> {
  const [answer, setAnswer] = useState<{ args: unknown; value: ResultOf<C> | null; error: LocalisedMessage | null }>({ args: null, value: null, error: null });

  useEffect(() => {
    if (args === null) return;
    let cancelled = false;
    api.invoke(channel, args).then(
      (value) => !cancelled && setAnswer({ args, value, error: null }),
      (error: unknown) => !cancelled && setAnswer({ args, value: null, error: toApiError(error).userMessage }),
    );
    return () => {
      cancelled = true;
    };
  }, [channel, args]);

  const current = answer.args === args;
  return { value: current ? answer.value : null, error: current ? answer.error : null, loading: args !== null && !current };
}
