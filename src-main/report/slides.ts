/**
 * A presentation as PDF (issue 20, docs/presentations.md): one A4-landscape page per slide, each the
 * slide's title, its scans and filter in words, and its view drawn with the factsheet's own layouts
 * (the same tables, the same vector map from the stored layout positions, the same embedded font).
 * The presentations domain gathers the data; this file only lays it out.
 */
import type { SlideOptions, SlideView } from '../../src-shared/presentations';
import type { Content, DocumentDefinition, TableCell } from './pdf-types';
import type { ResourceContext } from '../resources';
import type { FactsheetData, FactsheetMap, Lang } from './model';
import { INK, SHARED_TEXT_STYLES } from './palette';
import { FONT_FAMILY, renderPdf, type RenderedPdf } from './pdf';
import { fill, longDate, num, WORDS } from './words';
import { changesSection } from './layout/changes';
import { headCell, intro, numCell, table } from './layout/common';
import { goalsSection } from './layout/goals';
import { impactSection } from './layout/impact';
import { ecosystemMap } from './layout/map';
import { activitiesPerType } from './layout/tables';
import { keyFigures } from './layout/title';
import { whiteSpotsSection } from './layout/whitespots';
import { mapSvg } from './map-svg';

/** A4 landscape in points and its margins. */
export const SLIDE_PAGE = { width: 841.89, height: 595.28, margin: 36 };
/** The map on a slide, in points. */
export const SLIDE_MAP_BOX = { width: 700, height: 330, padding: 14 };
/** Initiatives a list slide names (the rest are counted). */
export const LIST_MAX = 18;

export interface DeckInitiative {
  name: string;
  scan: string;
  matching: number;
}

export interface DeckSlide {
  title: string;
  view: SlideView;
  options: SlideOptions;
  data: FactsheetData;
  /** The list slide's initiatives, most matching activities first. */
  initiatives: DeckInitiative[];
}

export interface Deck {
  title: string;
  lang: Lang;
  slides: DeckSlide[];
}

const SLIDE_WORDS = {
  nl: {
    slideOf: 'dia {n} van {total}',
    all: 'Alle activiteiten',
    initiative: 'Initiatief',
    scan: 'Scan',
    matching: 'Activiteiten',
    more: 'en nog {n} initiatieven',
    noGoals: 'Er zijn nog geen doelen voor de regio (regioscan goals add).',
    noGoal: 'Er is geen doel met de naam "{goal}" (meer).',
    noImpact: 'Er zijn nog geen antwoorden op de vragenlijst voor deze activiteiten.',
    noChanges: 'Deze dia noemt geen eerdere scan om mee te vergelijken.',
    cut: 'Ingekort tot wat op één dia past; de factsheet (regioscan report) geeft het geheel.',
  },
  en: {
    slideOf: 'slide {n} of {total}',
    all: 'All activities',
    initiative: 'Initiative',
    scan: 'Scan',
    matching: 'Activities',
    more: 'and {n} more initiatives',
    noGoals: 'The region has no goals yet (regioscan goals add).',
    noGoal: 'There is no goal named "{goal}" (any more).',
    noImpact: 'There are no survey answers for these activities yet.',
    noChanges: 'This slide names no earlier scan to compare with.',
    cut: 'Shortened to what fits on one slide; the factsheet (regioscan report) gives the whole.',
  },
} as const;

type Camera = NonNullable<SlideOptions['camera']>;

/**
 * The part of the map a camera showed. Sigma frames the graph into a unit square (the larger extent
 * is 1, centred on 0.5) and its camera is a centre and a zoom ratio in that square; the nodes inside
 * the window (with a small margin) are kept, with the lines between them. A camera that shows the
 * whole map, or a window with no node in it, keeps everything.
 */
export function mapInView(map: FactsheetMap, camera: Camera | undefined): FactsheetMap {
  if (!camera || camera.ratio >= 1 || map.nodes.length === 0) return map;
  const xs = map.nodes.map((n) => n.x);
  const ys = map.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  const half = camera.ratio / 2 + 0.03;
  const inside = map.nodes.filter((n) => {
    const nx = 0.5 + (n.x - (minX + maxX) / 2) / extent;
    const ny = 0.5 + (n.y - (minY + maxY) / 2) / extent;
    return Math.abs(nx - camera.x) <= half * 1.4 && Math.abs(ny - camera.y) <= half;
  });
  if (inside.length === 0) return map;
  const kept = new Set(inside.map((n) => n.id));
  return { ...map, nodes: inside, edges: map.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

/** The slide's map as SVG markup, as the PDF draws it (for the app's presentation screen). */
export function slideMapSvg(slide: DeckSlide, box: { width: number; height: number; padding: number } = SLIDE_MAP_BOX): string {
  return mapSvg(mapInView(slide.data.map, slide.options.camera), box).svg;
}

function listBody(slide: DeckSlide, lang: Lang): Content[] {
  const w = SLIDE_WORDS[lang];
  if (slide.initiatives.length === 0) return [intro(WORDS[lang].noActivities)];
  const shown = slide.initiatives.slice(0, LIST_MAX);
  const body: TableCell[][] = [[headCell(w.initiative), headCell(w.scan), headCell(w.matching, 'right')], ...shown.map((i) => [{ text: i.name }, { text: i.scan }, numCell(num(i.matching, lang), { bold: true })])];
  const more = slide.initiatives.length - shown.length;
  return [table(['*', 160, 70], body, 1), ...(more > 0 ? [intro(fill(w.more, { n: num(more, lang) }))] : [])];
}

/** A sentence when the view has nothing to show, else null. */
export function slideEmpty(slide: DeckSlide, lang: Lang): string | null {
  const w = SLIDE_WORDS[lang];
  const s = slide.data.sections;
  if (slide.view === 'goal') {
    if (!s.goals) return w.noGoals;
    if (slide.options.goal && !s.goals.goals.some((g) => g.name.toLowerCase() === slide.options.goal!.toLowerCase())) return fill(w.noGoal, { goal: slide.options.goal });
  }
  if (slide.view === 'impact' && !s.impact) return w.noImpact;
  if (slide.view === 'changes' && !s.changes) return w.noChanges;
  return null;
}

/** The view, drawn with the factsheet's layouts. */
export function slideBody(slide: DeckSlide, lang: Lang): Content[] {
  const empty = slideEmpty(slide, lang);
  if (empty) return [intro(empty)];
  const { data } = slide;
  const s = data.sections;
  switch (slide.view) {
    case 'list':
      return listBody(slide, lang);
    case 'map':
      return ecosystemMap({ ...data, map: mapInView(data.map, slide.options.camera) }, SLIDE_MAP_BOX);
    case 'overview':
      return [keyFigures(data), ...activitiesPerType(data)];
    case 'whitespots':
      return whiteSpotsSection(data);
    case 'goal': {
      const name = slide.options.goal?.toLowerCase();
      const goals = s.goals!;
      const only = name ? { goals: goals.goals.filter((g) => g.name.toLowerCase() === name), whiteSpots: goals.whiteSpots.filter((w) => w.goal.toLowerCase() === name) } : goals;
      return goalsSection(only, lang);
    }
    case 'impact':
      return impactSection(s.impact!, lang);
    case 'changes':
      return changesSection(s.changes!, lang);
  }
}

/** The line under a slide's title: its scans and its filter in words. */
export function slideSubtitle(data: FactsheetData): string {
  const scans = data.scans.map((s) => s.label).join(' · ');
  return `${scans} — ${data.filterWords ?? SLIDE_WORDS[data.lang].all}`;
}

/** The slide's page: its title, scans and filter, and the view's blocks (`body`, fitted to one page). */
function slidePage(slide: DeckSlide, body: Content[], first: boolean): Content {
  return { stack: [{ text: slide.title, style: 'slideTitle' }, { text: slideSubtitle(slide.data), style: 'slideSub' }, ...body], ...(first ? {} : { pageBreak: 'before' as const }) };
}

/** `bodies`: each slide's blocks as laid out (default: the whole view; renderPresentation fits them to one page each). */
export function presentationDefinition(deck: Deck, date: Date, bodies: readonly Content[][] = deck.slides.map((s) => slideBody(s, deck.lang))): DocumentDefinition {
  const w = SLIDE_WORDS[deck.lang];
  const content: Content[] = deck.slides.map((slide, i) => slidePage(slide, bodies[i]!, i === 0));
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [SLIDE_PAGE.margin, SLIDE_PAGE.margin, SLIDE_PAGE.margin, SLIDE_PAGE.margin + 10],
    info: { title: deck.title, subject: 'Regioscan', creator: 'Regioscan', producer: 'Regioscan (pdfmake)' },
    language: deck.lang === 'nl' ? 'nl-NL' : 'en-GB',
    defaultStyle: { font: FONT_FAMILY, fontSize: 8.4, color: INK.text, lineHeight: 1.12 },
    styles: {
      slideTitle: { fontSize: 20, bold: true, color: INK.heading },
      slideSub: { fontSize: 9, color: INK.muted, margin: [0, 2, 0, 10] },
      ...SHARED_TEXT_STYLES,
    },
    content,
    footer: (current, count) => ({
      columns: [
        { text: `${deck.title} · ${longDate(date, deck.lang)}`, width: '*' },
        { text: fill(w.slideOf, { n: current, total: count }), alignment: 'right', width: 'auto' },
      ],
      fontSize: 7,
      color: INK.faint,
      margin: [SLIDE_PAGE.margin, 12, SLIDE_PAGE.margin, 0],
    }),
  };
}

/**
 * One page per slide: a view longer than a page (a long change report, many goals) keeps its first
 * blocks that fit and says that the rest is in the factsheet. Each slide is laid out alone first, its
 * trailing blocks dropped one by one until it fits (a single block that is itself too long stays).
 */
export async function renderPresentation(deck: Deck, date: Date, resources?: ResourceContext): Promise<RenderedPdf> {
  // pdfmake writes into the blocks it lays out, so every layout gets blocks made afresh.
  const bodyOf = (slide: DeckSlide, keep: number): Content[] => {
    const full = slideBody(slide, deck.lang);
    return keep >= full.length ? full : [...full.slice(0, keep), intro(SLIDE_WORDS[deck.lang].cut)];
  };
  const kept: number[] = [];
  for (const slide of deck.slides) {
    let keep = slideBody(slide, deck.lang).length;
    while (keep > 1) {
      const alone = await renderPdf(presentationDefinition({ ...deck, slides: [slide] }, date, [bodyOf(slide, keep)]), date, resources);
      if (alone.pages <= 1) break;
      keep--;
    }
    kept.push(keep);
  }
  return renderPdf(presentationDefinition(deck, date, deck.slides.map((slide, i) => bodyOf(slide, kept[i]!))), date, resources);
}
