/**
 * The state lives in the URL's hash: read on load and on every back/forward, written with
 * history.pushState (a view, a card) or replaceState (typing, ticking a box), so that the address bar
 * is always a link to what is on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatHash, parseHash, type ParsedHash, type SiteState } from './hash';
import type { SiteIndex } from './site-index';

export interface HashState {
  parsed: ParsedHash;
  go(change: Partial<SiteState>, mode?: 'push' | 'replace'): void;
  link(change: Partial<SiteState>): string;
  closeCard(): void;
}

function url(hash: string): string {
  return hash === '' ? location.pathname + location.search : `#${hash}`;
}

export function useHashState(index: SiteIndex): HashState {
  const [parsed, setParsed] = useState<ParsedHash>(() => parseHash(location.hash, index));
  /** The state on screen, for the handlers below (set wherever the state is set). */
  const currentRef = useRef(parsed);
  /** The card was opened by navigating on this page: closing it goes back. */
  const cardByNavigationRef = useRef(false);

  useEffect(() => {
    const read = () => {
      const next = parseHash(location.hash, index);
      cardByNavigationRef.current = next.state.initiative !== null && (currentRef.current.state.initiative === null || cardByNavigationRef.current);
      currentRef.current = next;
      setParsed(next);
    };
    window.addEventListener('hashchange', read);
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('hashchange', read);
      window.removeEventListener('popstate', read);
    };
  }, [index]);

  const link = useCallback((change: Partial<SiteState>) => `#${formatHash({ ...currentRef.current.state, ...change }, index)}`, [index]);

  const go = useCallback(
    (change: Partial<SiteState>, mode: 'push' | 'replace' = 'push') => {
      const state = { ...currentRef.current.state, ...change };
      const hash = formatHash(state, index);
      if (mode === 'push') history.pushState(null, '', url(hash));
      else history.replaceState(null, '', url(hash));
      if (state.initiative !== null && currentRef.current.state.initiative === null) cardByNavigationRef.current = mode === 'push';
      // A change the visitor made: what an old link named is no longer on screen.
      const next = { state, unknown: [] };
      currentRef.current = next;
      setParsed(next);
    },
    [index],
  );

  const closeCard = useCallback(() => {
    if (cardByNavigationRef.current) {
      cardByNavigationRef.current = false;
      history.back();
    } else go({ initiative: null }, 'replace');
  }, [go]);

  return { parsed, go, link, closeCard };
}
