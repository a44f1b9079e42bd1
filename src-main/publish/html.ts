/**
 * The site's index.html: one page that works from file:// and from any static host. Everything is
 * inside it — the stylesheet, the data as JSON (a data block, which no browser runs) and one classic
 * inline script — so the page asks for no other file. A meta Content-Security-Policy allows exactly
 * that script and that stylesheet (by their SHA-256), images only as data: URLs, and nothing else:
 * no connections, no fonts, no frames, no forms. It has no `frame-ancestors` (a meta policy cannot
 * carry it; Chromium logs an error for it).
 */
import { createHash } from 'node:crypto';
import { escapeMarkup as escapeHtml } from '../../src-shared/escape-markup';
import { SITE_DATA_ELEMENT, type SiteData } from '../../src-shared/site-model';
import type { SiteBundle } from './bundle';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The site's pages escape their text with the one escaper (src-shared/escape-markup.ts). */
export { escapeHtml };

/** JSON that cannot end its script element or open a comment: <, > and & as \u escapes (the same JSON). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Code that must stay inside its element: a closing tag in a string literal is written `<\/`. */
function inert(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** A calm round mark in the site's blue, so the browser asks the host for no favicon.ico. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#1d4f91"/><circle cx="11" cy="13" r="4" fill="#fff"/><circle cx="21" cy="11" r="3" fill="#fff"/><circle cx="19" cy="22" r="5" fill="#fff"/></svg>')}`;

export function contentSecurityPolicy(script: string, style: string): string {
  return [`default-src 'none'`, `script-src ${hash(script)}`, `style-src ${hash(style)}`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

export function siteHtml(bundle: SiteBundle, data: SiteData): string {
  const script = inert(bundle.js, 'script');
  const style = inert(bundle.css, 'style');
  const lang = data.language;
  const noScript = lang === 'nl' ? 'Deze website heeft JavaScript nodig. Zet JavaScript aan in uw browser om de initiatieven te zien.' : 'This website needs JavaScript. Turn JavaScript on in your browser to see the initiatives.';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(script, style))}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(data.title)}</title>
<link rel="icon" href="${escapeHtml(FAVICON)}">
<style>${style}</style>
</head>
<body>
<noscript><p class="noscript">${escapeHtml(noScript)}</p></noscript>
<div id="app"></div>
<script type="application/json" id="${SITE_DATA_ELEMENT}">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
