/** The frame of every view: skip link, header with the site's name, language switch and menu; the footer. */
import type { ComponentChildren } from 'preact';
import { useSite } from '../context';
import type { View } from '../hash';
import { formatDate } from '../i18n';

const VIEWS: readonly View[] = ['ask', 'list', 'map', 'join'];

export function Header() {
  const { index, state, t, link } = useSite();
  return (
    <header class="site-header">
      <div class="container header-top">
        <div class="site-name">
          <a class="site-title" href={link({ view: 'ask', initiative: null })}>
            {index.data.title}
          </a>
          <span class="tagline">{t.tagline}</span>
        </div>
        <a class="lang-switch" href={link({ lang: t.switchLang })} lang={t.switchLang} hrefLang={t.switchLang}>
          {t.switchTo}
        </a>
      </div>
      <nav class="container" aria-label={t.navLabel}>
        <ul class="nav">
          {VIEWS.map((view) => (
            <li key={view}>
              <a href={link({ view, initiative: null })} aria-current={state.view === view ? 'page' : undefined} data-view={view}>
                {t.nav[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function Footer() {
  const { index, lang, t } = useSite();
  return (
    <footer class="site-footer">
      <div class="container">
        <p class="updated">
          <time dateTime={index.data.generatedAt}>{t.updated(formatDate(index.data.generatedAt, lang))}</time>.
        </p>
        <p>{t.footerData(index.data.scans.map((s) => s.label).join(', '))}</p>
        <p>{t.footerPrivacy}</p>
        <p class="muted">{t.footerMade(index.data.generator)}</p>
      </div>
    </footer>
  );
}

export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}
