/**
 * The data version of each domain (src-shared/data-domains.ts), per open database: dispatch bumps
 * the domains a writing channel changes after it succeeded, and every renderer hears it as a
 * `data-changed` app event (IPC in the desktop app, `GET /events` in `regioscan serve`), so the
 * screens refetch what they show without asking again on a timer.
 */
import type { Channel } from '../src-shared/contract';
import { CHANNEL_DATA, zeroVersions, type DataDomain, type DataVersions } from '../src-shared/data-domains';
import { emitAppEvent } from './app-events';
import type { Db } from './db/open';

const versions = new WeakMap<Db, DataVersions>();

/** Every domain's version now (0 until its first change since this database was opened). */
export function dataVersions(db: Db): DataVersions {
  return { ...(versions.get(db) ?? zeroVersions()) };
}

/** Counts a change of `domains` and announces it. */
export function bumpDataVersions(db: Db, domains: readonly DataDomain[]): DataVersions {
  const next = dataVersions(db);
  const changed = [...new Set(domains)];
  for (const domain of changed) next[domain] += 1;
  versions.set(db, next);
  emitAppEvent(db, { type: 'data-changed', domains: changed, versions: { ...next } });
  return next;
}

/**
 * After `channel` succeeded: bumps the domains it changes. Work the write holds the write queue for
 * (an import's commit, written by its worker after the request was answered) is waited for first,
 * so whoever refetches sees the data after the write.
 */
export function announceWrite(db: Db, channel: Channel, held: readonly Promise<unknown>[] = []): void {
  const domains = CHANNEL_DATA[channel].writes;
  if (domains.length === 0) return;
  if (held.length === 0) bumpDataVersions(db, domains);
  else void Promise.allSettled(held).then(() => bumpDataVersions(db, domains));
}
