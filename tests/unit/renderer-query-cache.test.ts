/**
 * The renderer's query cache follows main's data-changed announcements (src-renderer/src/api/
 * dataVersions.ts): a cached answer goes stale exactly when a domain its channel reads changed
 * (src-shared/data-domains.ts), and every followed answer when the event stream opened again after
 * a drop. A real TanStack QueryClient, fed events the way api/events.ts delivers them.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { DATA_DOMAINS, type DataDomain, type DataVersions } from '../../src-shared/data-domains';
import type { Channel } from '../../src-shared/contract';
import type { AppEvent } from '../../src-shared/model';
import { followDataVersions, staleDomains } from '../../src-renderer/src/api/dataVersions';
import type { AppEventListener, AppEvents } from '../../src-renderer/src/api/events';
import { apiQueryKey } from '../../src-renderer/src/api/query';

const versions = (changed: Partial<DataVersions> = {}): DataVersions => ({ ...(Object.fromEntries(DATA_DOMAINS.map((d) => [d, 0])) as DataVersions), ...changed });

/** An event source the test drives: `emit` an event, `reopen` the stream (as after a drop). */
function fakeEvents() {
  let listener: AppEventListener | null = null;
  let onOpen: (() => void) | undefined;
  const events: AppEvents = {
    subscribe(l, o) {
      listener = l;
      onOpen = o;
      return () => {
        listener = null;
      };
    },
  };
  return { events, emit: (event: AppEvent) => listener?.(event), reopen: () => onOpen?.(), live: () => listener !== null };
}

/** A client holding a fresh answer for each channel (`follow: false` for those in `unfollowed`). */
function cacheWith(channels: readonly Channel[], unfollowed: readonly Channel[] = []): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const channel of channels) {
    // setQueryData makes no Query with meta; build each entry the way useApiQuery does.
    client.getQueryCache().build(client, { queryKey: apiQueryKey(channel, {} as never), meta: { follow: !unfollowed.includes(channel) } });
    client.setQueryData(apiQueryKey(channel, {} as never), { answer: channel });
  }
  return client;
}

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey[0] as string)
    .sort();

const changed = (domains: DataDomain[], v: DataVersions): AppEvent => ({ type: 'data-changed', domains, versions: v });

describe("the query cache follows main's data versions", () => {
  it('counts a domain stale when announced, or when its version moved unannounced (an event missed)', () => {
    expect([...staleDomains(['filters'], versions({ filters: 1 }), null)]).toEqual(['filters']);
    expect([...staleDomains(['filters'], versions({ filters: 2, backups: 1 }), versions({ filters: 1 }))].sort()).toEqual(['backups', 'filters']);
    expect([...staleDomains([], versions(), versions())]).toEqual([]);
  });

  it('makes stale exactly the answers whose channel reads a changed domain', async () => {
    const client = cacheWith(['scans.list', 'query.facets', 'filters.list', 'settings.get', 'backups.list', 'graph.positions.get']);
    const { events, emit } = fakeEvents();
    followDataVersions(client, events);
    emit(changed(['filters'], versions({ filters: 1 })));
    await Promise.resolve();
    expect(stale(client)).toEqual(['filters.list']);
    // An import: the scans, their content and what reads them; settings and backups untouched by it here.
    emit(changed(['scans', 'activities', 'geography', 'graph-positions'], versions({ filters: 1, scans: 1, activities: 1, geography: 1, 'graph-positions': 1 })));
    await Promise.resolve();
    expect(stale(client)).toEqual(['filters.list', 'graph.positions.get', 'query.facets', 'scans.list']);
  });

  it('ignores other events, and leaves alone what is read once and kept by the renderer (follow: false)', async () => {
    const client = cacheWith(['session.get', 'settings.get'], ['session.get']);
    const { events, emit } = fakeEvents();
    followDataVersions(client, events);
    emit({ type: 'import-status', status: {} } as unknown as AppEvent);
    emit(changed(['session'], versions({ session: 1 })));
    await Promise.resolve();
    expect(stale(client)).toEqual([]);
  });

  it('makes every followed answer stale when the stream opens again after a drop, not when it first opens', async () => {
    const client = cacheWith(['scans.list', 'backups.list', 'session.get'], ['session.get']);
    const { events, reopen } = fakeEvents();
    followDataVersions(client, events);
    reopen();
    await Promise.resolve();
    expect(stale(client)).toEqual([]);
    reopen();
    await Promise.resolve();
    expect(stale(client)).toEqual(['backups.list', 'scans.list']);
  });

  it('stops following when asked', async () => {
    const client = cacheWith(['scans.list']);
    const { events, emit, live } = fakeEvents();
    const stop = followDataVersions(client, events);
    stop();
    expect(live()).toBe(false);
    emit(changed(['scans'], versions({ scans: 1 })));
    await Promise.resolve();
    expect(stale(client)).toEqual([]);
  });
});
