/**
 * Main's data-change announcements (`data-changed` app events, src-main/data-versions.ts) make the
 * cached answers that read a changed domain stale (src-shared/data-domains.ts): those on screen are
 * fetched again at once, the others when next shown. A new scan thus reaches every screen in one hop,
 * from main's event to the cache each screen reads. Whenever the event stream opens again after a
 * drop (`regioscan serve` restarted, the network hiccuped), announcements may have been missed: then
 * every cached answer is stale.
 */
import type { QueryClient } from '@tanstack/react-query';
import { CHANNEL_DATA, DATA_DOMAINS, readsAny, type DataDomain, type DataVersions } from '../../../src-shared/data-domains';
import type { Channel } from '../../../src-shared/contract';
import type { AppEvents } from './events';
import { channelOfKey, type ApiQueryMeta } from './query';

function isChannel(name: string | null): name is Channel {
  return name !== null && Object.prototype.hasOwnProperty.call(CHANNEL_DATA, name);
}

/** The domains to refetch: those announced, and any whose version moved without being announced here. */
export function staleDomains(announced: readonly DataDomain[], versions: DataVersions, last: DataVersions | null): Set<DataDomain> {
  const stale = new Set(announced);
  if (last) for (const domain of DATA_DOMAINS) if (versions[domain] !== last[domain]) stale.add(domain);
  return stale;
}

/** Follows the announcements for as long as the app runs; returns the function that stops. */
export function followDataVersions(client: QueryClient, events: AppEvents): () => void {
  let last: DataVersions | null = null;
  let opened = false;
  const follows = (meta: unknown) => (meta as ApiQueryMeta | undefined)?.follow !== false;
  return events.subscribe(
    (event) => {
      if (event.type !== 'data-changed') return;
      const stale = staleDomains(event.domains, event.versions, last);
      last = event.versions;
      void client.invalidateQueries({
        predicate: (query) => {
          const channel = channelOfKey(query.queryKey);
          return isChannel(channel) && follows(query.meta) && readsAny(channel, stale);
        },
      });
    },
    () => {
      if (opened) {
        last = null;
        void client.invalidateQueries({ predicate: (query) => follows(query.meta) });
      }
      opened = true;
    },
  );
}
