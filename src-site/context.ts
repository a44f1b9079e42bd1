/** What every view reads: the data and its lookups, the state from the URL, the language and its words. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SiteLang } from '../src-shared/site-model';
import type { SiteState } from './hash';
import type { Strings } from './i18n';
import type { SiteIndex } from './site-index';

export interface Site {
  index: SiteIndex;
  state: SiteState;
  lang: SiteLang;
  t: Strings;
  /** Per activity: does it match the filter and search of the state? */
  matched: boolean[];
  /** The link (a hash) to the state with these changes. */
  link(change: Partial<SiteState>): string;
  /** Goes to the state with these changes: a new history entry, or (typing, ticking) in place. */
  go(change: Partial<SiteState>, mode?: 'push' | 'replace'): void;
  /** Closes the open card (back in history when the card was opened by a link on this page). */
  closeCard(): void;
}

export const SiteContext = createContext<Site | null>(null);

export function useSite(): Site {
  const site = useContext(SiteContext);
  if (!site) throw new Error('useSite outside the site');
  return site;
}
