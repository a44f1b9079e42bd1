/**
 * The renderer's one cache of main's answers (TanStack Query). Every screen reads through
 * `useApiQuery(channel, args)`, keyed by `[channel, args]` (equal arguments share one answer and one
 * request); nothing refetches on a timer, on focus or on reconnect. A cached answer goes stale only
 * when main announces that a data domain its channel reads has changed (dataVersions.ts), and is
 * then fetched again for whoever shows it. What the user asks for on a click — a write, an export, a
 * template — goes through `useApiMutation`: its write reaches the screens the same way, through
 * main's announcement, never through a reload of its own.
 */
import { QueryClient, skipToken, useMutation, useQuery, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../../src-shared/contract';
import { api } from './client';
import { toApiError, type LocalisedMessage } from './errors';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, gcTime: 2 * 60_000, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

/** Whether main's data-change announcements refetch a query (see `ApiQueryOptions.follow`). */
export interface ApiQueryMeta extends Record<string, unknown> {
  follow: boolean;
}

export function apiQueryKey<C extends Channel>(channel: C, args: ArgsOf<C> | null): readonly [C, ArgsOf<C> | null] {
  return [channel, args];
}

/** The channel a cached query asks, or null for a key that is no channel's. */
export function channelOfKey(key: QueryKey): string | null {
  return typeof key[0] === 'string' ? key[0] : null;
}

/** The cache entry of one call: its key, how to ask main, and that main's announcements refetch it. */
export function apiQueryOptions<C extends Channel>(channel: C, args: ArgsOf<C>) {
  return { queryKey: apiQueryKey(channel, args), queryFn: () => api.invoke(channel, args), meta: { follow: true } satisfies ApiQueryMeta };
}

/**
 * A call made outside a component (a controller, the session's gathered save, the import flow):
 * a write's change reaches the screens through main's announcement, as with `useApiMutation`.
 */
export function callApi<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  return api.invoke(channel, args);
}

/** Reads an answer through the cache outside a component (a controller); a cached answer is not asked again. */
export function fetchApi<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  return queryClient.fetchQuery(apiQueryOptions(channel, args));
}

export interface ApiQuery<R> {
  /** The answer for these arguments (with `keepPrevious`: the last answer until the next is in). */
  value: R | null;
  error: LocalisedMessage | null;
  /** The answer for these arguments is not in yet. */
  loading: boolean;
}

export interface ApiQueryOptions {
  /** Keep showing the last answer while the next one loads, or failed (so a panel does not flash). */
  keepPrevious?: boolean;
  /**
   * False for what is read once and then kept by the renderer itself (where the user left off):
   * main's announcements of its own later writes do not fetch it again. Default true.
   */
  follow?: boolean;
}

/** `args` null: nothing is asked (yet). */
export function useApiQuery<C extends Channel>(channel: C, args: ArgsOf<C> | null, options: ApiQueryOptions = {}): ApiQuery<ResultOf<C>> {
  const query = useQuery({
    queryKey: apiQueryKey(channel, args),
    queryFn: args === null ? skipToken : () => api.invoke(channel, args),
    meta: { follow: options.follow ?? true } satisfies ApiQueryMeta,
  });
  const data = query.data;
  // The last answer, kept across arguments (state from an earlier render, updated as answers arrive).
  const [kept, setKept] = useState<{ value: ResultOf<C> } | null>(null);
  if (options.keepPrevious && data !== undefined && kept?.value !== data) setKept({ value: data });
  const value = data !== undefined ? data : options.keepPrevious && kept ? kept.value : null;
  return {
    value,
    error: query.error ? toApiError(query.error).userMessage : null,
    loading: args !== null && query.isPending,
  };
}

export interface ApiMutation<C extends Channel> {
  run(args: ArgsOf<C>): Promise<ResultOf<C>>;
  /** A call is on its way. */
  busy: boolean;
  /** Why the last call failed (cleared by the next one, or by `reset`). */
  error: LocalisedMessage | null;
  reset(): void;
}

/** A call made on the user's command: a write (main announces what it changed), an export, a template. */
export function useApiMutation<C extends Channel>(channel: C): ApiMutation<C> {
  const mutation = useMutation<ResultOf<C>, Error, ArgsOf<C>>({ mutationKey: [channel], mutationFn: (args) => callApi(channel, args) });
  return {
    run: mutation.mutateAsync,
    busy: mutation.isPending,
    error: mutation.error ? toApiError(mutation.error).userMessage : null,
    reset: mutation.reset,
  };
}
