/** The published site: one page whose state (view, filter, open card, language) lives in the URL's hash. */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { SiteData } from '../src-shared/site-model';
import { InitiativeCard } from './components/InitiativeCard';
import { Footer, Header, Notice } from './components/Shell';
import { SiteContext, type Site } from './context';
import { matchActivities } from './filter';
import { strings } from './i18n';
import { buildIndex } from './site-index';
import { useHashState } from './state';
import { AskView } from './views/AskView';
import { JoinView } from './views/JoinView';
import { ListView } from './views/ListView';
import { MapView } from './views/MapView';

export function App({ data }: { data: SiteData }) {
  const index = useMemo(() => buildIndex(data), [data]);
  const { parsed, go, link, closeCard } = useHashState(index);
  const { state, unknown } = parsed;
  const lang = state.lang ?? data.language;
  const t = strings(lang);
  const matched = useMemo(() => matchActivities(index, state.conditions, state.text), [index, state.conditions, state.text]);
  const site: Site = { index, state, lang, t, matched, go, link, closeCard };
  const mainRef = useRef<HTMLElement>(null);
  const firstViewRef = useRef(true);

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.nav[state.view]} · ${data.title}`;
  }, [lang, state.view, t, data.title]);
  // A new view: focus its heading (not on the first load), as a screen reader expects after a link.
  useEffect(() => {
    if (firstViewRef.current) {
      firstViewRef.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [state.view]);

  return (
    <SiteContext.Provider value={site}>
      <a class="skip-link" href="#inhoud" onClick={(e) => {
        e.preventDefault();
        mainRef.current?.focus();
      }}>
        {t.skip}
      </a>
      <Header />
      <main id="inhoud" ref={mainRef} tabIndex={-1} class="container" data-view={state.view}>
        {unknown.length > 0 && <Notice>{t.unknownLink(unknown.join(', '))}</Notice>}
        {state.view === 'ask' && <AskView />}
        {state.view === 'list' && <ListView />}
        {state.view === 'map' && <MapView />}
        {state.view === 'join' && <JoinView />}
      </main>
      <Footer />
      {state.initiative !== null && <InitiativeCard key={state.initiative} id={state.initiative} />}
    </SiteContext.Provider>
  );
}
