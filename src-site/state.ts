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
  /** Where closing the open card returns to: the hash before it opened, when that is this page's last history entry. */
  const beforeCardRef = useRef<string | null>(null);

  useEffect(() => {
    const read = () => {
      const next = parseHash(location.hash, index);
      if (next.state.initiative === null) beforeCardRef.current = null;
      else if (currentRef.current.state.initiative === null) beforeCardRef.current = formatHash(currentRef.current.state, index);
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
      if (state.initiative === null) beforeCardRef.current = null;
      else if (currentRef.current.state.initiative === null) beforeCardRef.current = mode === 'push' ? formatHash(currentRef.current.state, index) : null;
      // A change the visitor made: what an old link named is no longer on screen.
      const next = { state, unknown: [] };
      currentRef.current = next;
      setParsed(next);
    },
    [index],
  );

  // Back in history when the card was opened from the view it returns to (a link on this page);
  // a card that came with a link closes in place.
  const closeCard = useCallback(() => {
    const back = beforeCardRef.current !== null && beforeCardRef.current === formatHash({ ...currentRef.current.state, initiative: null }, index);
    beforeCardRef.current = null;
    if (back) history.back();
    else go({ initiative: null }, 'replace');
  }, [go, index]);

  return { parsed, go, link, closeCard };
}
