/**
 * A presentation exported: as a PDF (one A4-landscape page per slide, drawn by src-main/report) and
 * as a published site (src-main/publish): a folder with index.html — every slide's title, scans,
 * filter in words and view (the tables, the map as the same vector SVG), speaker notes left out —
 * and, for each slide that shows a list or the map, the published Ecosysteemkaart of its filter as
 * dia-N.html, the same page `regioscan publish` writes. The folder follows publish's rules: new,
 * empty, or an earlier publication (which it replaces); anything else is refused.
 */
import { resolve } from 'node:path';
import type { Presentation, SlideShow } from '../../src-shared/presentations';
import type { Db } from '../db/open';
import { asUserError, UserError } from '../errors';
import { escapeHtml, MANIFEST, PUBLICATION_KIND, sitePage, writePublication, type OutputFile } from '../publish';
import { renderPresentation } from '../report';
import type { ResourceContext } from '../resources';
import { fileSlug, fileStamp } from '../rpc/deliver';
import { buildDeck, slideShow, type Lang } from './deck';
import { getPresentation } from './presentations';

export interface ExportOptions {
  lang: Lang;
  date: Date;
  resources?: ResourceContext | undefined;
}

function needsSlides(p: Presentation): void {
  if (p.slides.length === 0) {
    throw new UserError('presentation-empty', {
      nl: `De presentatie "${p.title}" heeft nog geen dia's: voeg er eerst een toe.`,
      en: `The presentation "${p.title}" has no slides yet: add one first.`,
    });
  }
}

export function presentationFileName(p: Presentation, date: Date, ext: string): string {
  return `regioscan-presentatie-${fileSlug(p.title) || p.id}-${fileStamp(date)}.${ext}`;
}

export async function presentationPdf(db: Db, id: number, options: ExportOptions): Promise<{ bytes: Buffer; pages: number; fileName: string; slides: number }> {
  const p = getPresentation(db, id);
  needsSlides(p);
  const { bytes, pages } = await renderPresentation(buildDeck(db, p, options.lang), options.date, options.resources);
  return { bytes, pages, fileName: presentationFileName(p, options.date, 'pdf'), slides: p.slides.length };
}

function tableHtml(rows: string[][]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  return `<table><thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

const SITE_WORDS = {
  nl: { slide: 'Dia', of: 'van', open: 'Open de interactieve kaart van deze dia', made: 'Gemaakt met Regioscan op', figures: (a: string, i: string) => `${a} activiteiten, ${i} initiatieven` },
  en: { slide: 'Slide', of: 'of', open: 'Open the interactive map of this slide', made: 'Made with Regioscan on', figures: (a: string, i: string) => `${a} activities, ${i} initiatives` },
} as const;

function indexHtml(p: Presentation, shows: SlideShow[], pages: (string | null)[], options: ExportOptions): string {
  const w = SITE_WORDS[options.lang];
  const n = (v: number) => v.toLocaleString(options.lang === 'nl' ? 'nl-NL' : 'en-GB');
  const sections = shows.map((s, i) => {
    const body = s.empty ? `<p class="empty">${escapeHtml(s.empty)}</p>` : `${s.svg ?? ''}${s.tables.map(tableHtml).join('')}`;
    const link = pages[i] ? `<p><a href="${pages[i]}">${escapeHtml(w.open)}</a></p>` : '';
    return `<section id="dia-${i + 1}" aria-label="${escapeHtml(`${w.slide} ${i + 1}`)}"><p class="count">${w.slide} ${i + 1} ${w.of} ${shows.length}</p><h2>${escapeHtml(s.title)}</h2><p class="sub">${escapeHtml(s.subtitle)} — ${escapeHtml(w.figures(n(s.figures.activities), n(s.figures.initiatives)))}</p>${body}${link}</section>`;
  });
  return `<!doctype html>
<html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(p.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f3f4f6;color:#1f2933}
header{padding:24px 32px;background:#1d3557;color:#fff}h1{margin:0;font-size:28px}
section{background:#fff;margin:24px auto;max-width:1000px;padding:24px 32px;border-radius:8px;box-shadow:0 1px 3px #0002;min-height:60vh}
h2{margin:4px 0;font-size:24px}.sub,.count{color:#52606d;font-size:14px}.empty{font-style:italic}
table{border-collapse:collapse;margin:12px 0;font-size:14px}th,td{padding:4px 10px;border-bottom:1px solid #e4e7eb;text-align:left}td{text-align:right}
svg{max-width:100%;height:auto}footer{text-align:center;color:#52606d;padding:16px;font-size:13px}
</style></head><body>
<header><h1>${escapeHtml(p.title)}</h1></header>
<main>${sections.join('\n')}</main>
<footer>${w.made} ${escapeHtml(fileStamp(options.date))}</footer>
</body></html>
`;
}

export interface SiteExport {
  folder: string;
  index: string;
  files: string[];
}

export async function presentationSite(db: Db, id: number, folder: string, options: ExportOptions & { generator: string }): Promise<SiteExport> {
  const p = getPresentation(db, id);
  needsSlides(p);
  const shows = p.slides.map((s) => slideShow(db, s, options.lang));
  const files: OutputFile[] = [];
  const pages: (string | null)[] = [];
  for (const [i, slide] of p.slides.entries()) {
    if (slide.view !== 'map' && slide.view !== 'list') {
      pages.push(null);
      continue;
    }
    const name = `dia-${i + 1}.html`;
    try {
      const html = await sitePage(db, { filter: slide.filter, fields: [], language: options.lang, title: slide.title }, { generator: options.generator, now: options.date, ...(options.resources ? { resources: options.resources } : {}) });
      files.push({ name, bytes: Buffer.from(html, 'utf8') });
      pages.push(name);
    } catch (error) {
      // A slide whose filter matches nothing has no map to publish; its section says what it shows.
      if (!(asUserError(error) instanceof UserError)) throw error;
      pages.push(null);
    }
  }
  files.unshift({ name: 'index.html', bytes: Buffer.from(indexHtml(p, shows, pages, options), 'utf8') });
  const manifest = { kind: PUBLICATION_KIND, presentation: p.title, slides: p.slides.length, generator: options.generator, generatedAt: options.date.toISOString(), files: [...files.map((f) => f.name), MANIFEST] };
  files.push({ name: MANIFEST, bytes: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') });
  const dir = resolve(folder);
  writePublication(dir, files);
  return { folder: dir, index: resolve(dir, 'index.html'), files: files.map((f) => f.name) };
}
