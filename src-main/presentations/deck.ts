/**
 * A presentation's slides with their data: each slide's filter asked of the other domains through
 * the factsheet's assembly (src-main/report), so a slide shows what the factsheet and the screens
 * show for that filter. Drawn as a PDF page (report's slides.ts) and, for the app's presentation
 * screen and the published site, as tables and the same SVG map (`slideShow`).
 */
import type { Filter } from '../../src-shared/filter';
import type { Presentation, Slide, SlideShow } from '../../src-shared/presentations';
import { queryInitiatives } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { assembleFactsheet, slideEmpty, slideMapSvg, slideSubtitle, type Deck, type DeckSlide } from '../report';
import { listScans } from '../scans';

export type Lang = 'nl' | 'en';

/**
 * The slide's filter with its scans: those it names that still exist, or every scan when it names
 * none. A slide whose scans were all deleted since says so instead of showing other scans.
 */
function withScans(db: Db, slide: Slide): Filter {
  const filter = slide.filter;
  const existing = listScans(db).map((s) => s.id);
  if (filter.scans.length === 0) return { ...filter, scans: existing };
  const kept = filter.scans.filter((id) => existing.includes(id));
  if (kept.length === 0) {
    throw new UserError('slide-scans-gone', {
      nl: `De scans van dia ${slide.position} ("${slide.title}") bestaan niet meer: verwijder die dia of maak hem opnieuw.`,
      en: `The scans of slide ${slide.position} ("${slide.title}") no longer exist: delete that slide or make it again.`,
    });
  }
  return { ...filter, scans: kept };
}

export function deckSlide(db: Db, slide: Slide, lang: Lang): DeckSlide {
  const filter = withScans(db, slide);
  const compare = slide.view === 'changes' && slide.options.compare !== undefined && !filter.scans.includes(slide.options.compare) ? slide.options.compare : undefined;
  const { data } = assembleFactsheet(db, { filter, compare, lang, map: slide.view === 'map' });
  const initiatives =
    slide.view === 'list'
      ? queryInitiatives(db, filter)
          .sort((a, b) => b.matching - a.matching || a.name.localeCompare(b.name, 'nl') || a.id - b.id)
          .map((i) => ({ name: i.name, scan: i.scan, matching: i.matching }))
      : [];
  return { title: slide.title, view: slide.view, options: compare === undefined ? { ...slide.options, compare: undefined } : slide.options, data, initiatives };
}

export function buildDeck(db: Db, presentation: Presentation, lang: Lang): Deck {
  return { title: presentation.title, lang, slides: presentation.slides.map((s) => deckSlide(db, s, lang)) };
}

const WORDS = {
  nl: {
    type: 'Type activiteit', count: 'Aantal', initiative: 'Initiatief', scan: 'Scan', activities: 'Activiteiten', goal: 'Doel', target: 'Streefwaarde',
    initiatives: 'Initiatieven', reach: 'Bereik (contacten)', met: 'Gehaald', whiteSpot: 'Witte vlek', knelpunt: 'Knelpunt', responded: 'Met antwoorden',
    responses: 'Antwoorden', mean: 'Gemiddelde (1–5)', what: 'Wat veranderde', yes: 'ja', no: 'nee', none: '–',
    changes: { new: 'Nieuwe initiatieven', stopped: 'Gestopte initiatieven', continued: 'Voortgezet', renamed: 'Hernoemd', merged: 'Samengevoegd', split: 'Gesplitst', newActs: 'Nieuwe activiteiten', stoppedActs: 'Gestopte activiteiten' },
  },
  en: {
    type: 'Activity type', count: 'Count', initiative: 'Initiative', scan: 'Scan', activities: 'Activities', goal: 'Goal', target: 'Target',
    initiatives: 'Initiatives', reach: 'Reach (contacts)', met: 'Met', whiteSpot: 'White spot', knelpunt: 'Bottleneck', responded: 'With answers',
    responses: 'Answers', mean: 'Mean (1–5)', what: 'What changed', yes: 'yes', no: 'no', none: '–',
    changes: { new: 'New initiatives', stopped: 'Stopped initiatives', continued: 'Continued', renamed: 'Renamed', merged: 'Merged', split: 'Split', newActs: 'New activities', stoppedActs: 'Stopped activities' },
  },
} as const;

/** The view's tables as text (what the screen and the site show; the PDF draws the same data). */
function tables(d: DeckSlide, lang: Lang): string[][][] {
  const w = WORDS[lang];
  const n = (v: number | null | undefined) => (v === null || v === undefined ? w.none : v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'));
  const s = d.data.sections;
  switch (d.view) {
    case 'map':
      return [];
    case 'list':
      return [[[w.initiative, w.scan, w.activities], ...d.initiatives.map((i) => [i.name, i.scan, n(i.matching)])]];
    case 'overview': {
      const types = (d.data.overview.dimensions.find((x) => x.key === 'type')?.values ?? []).filter((v) => v.count > 0).sort((a, b) => b.count - a.count);
      return [[[w.type, w.count], ...types.map((t) => [t.label, n(t.count)])]];
    }
    case 'whitespots': {
      const m = d.data.whiteSpots.matrix;
      const cols = m.cols.values.length;
      return [[[m.rows.label, ...m.cols.values.map((c) => c.label)], ...m.rows.values.map((r, i) => [r.label, ...m.counts.slice(i * cols, (i + 1) * cols).map((c) => n(c))])]];
    }
    case 'goal': {
      if (!s.goals) return [];
      const name = d.options.goal?.toLowerCase();
      const goals = s.goals.goals.filter((g) => !name || g.name.toLowerCase() === name);
      const spots = s.goals.whiteSpots.filter((x) => !name || x.goal.toLowerCase() === name);
      return [
        [[w.goal, w.activities, w.target, w.initiatives, w.reach, w.met], ...goals.map((g) => [g.name, n(g.count), n(g.target), n(g.initiatives), n(g.reach), g.met === null ? w.none : g.met ? w.yes : w.no])],
        ...(spots.length > 0 ? [[[w.whiteSpot, w.goal], ...spots.map((x) => [x.values.map((v) => `${v.dimension}: ${v.label}`).join(' · '), x.goal])]] : []),
      ];
    }
    case 'impact':
      if (!s.impact) return [];
      return [[[w.knelpunt, w.activities, w.responded, w.responses, w.mean], ...s.impact.bottlenecks.map((b) => [b.label, n(b.targetedActivities), n(b.respondedActivities), n(b.responses), n(b.mean)])]];
    case 'changes': {
      if (!s.changes) return [];
      const r = s.changes.report;
      const c = w.changes;
      const i = r.initiatives;
      return [[[w.what, w.count], [c.new, n(i.new.length)], [c.stopped, n(i.stopped.length)], [c.continued, n(i.continued.length)], [c.renamed, n(i.renamed.length)], [c.merged, n(i.merged.length)], [c.split, n(i.split.length)], [c.newActs, n(r.activities.new)], [c.stoppedActs, n(r.activities.stopped)]]];
    }
  }
}

/** One slide for the screen: title, note, filter in words, key figures, the view's tables or map. */
export function slideShow(db: Db, slide: Slide, lang: Lang): SlideShow {
  const d = deckSlide(db, slide, lang);
  const data = d.data;
  return {
    id: slide.id,
    title: slide.title,
    note: slide.note,
    view: slide.view,
    filterWords: data.filterWords,
    scans: data.scans.map((s) => s.label).join(' · '),
    subtitle: slideSubtitle(data),
    figures: { activities: data.overview.total, initiatives: data.overview.initiatives, organisations: data.overview.providers.organisations },
    tables: tables(d, lang),
    svg: d.view === 'map' ? slideMapSvg(d) : null,
    empty: slideEmpty(d, lang),
  };
}
