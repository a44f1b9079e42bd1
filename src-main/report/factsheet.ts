/**
 * The region factsheet: FactsheetData laid out as an A4 PDF in the pilot report's order — title, key
 * figures, activities per type, type × geography, type × knelpunt, reach and effort, the
 * Ecosysteemkaart, organisations per role, the white spots (those that matter for the region's goals
 * when goals are given), impact per knelpunt and what changed, and last the source and method note. Sections are
 * numbered as they appear; a section without data is left out entirely.
 */
import type { Content, DocumentDefinition } from './pdf-types';
import type { ResourceContext } from '../resources';
import type { FactsheetData, RenderOptions } from './model';
import { INK, SHARED_TEXT_STYLES } from './palette';
import { FONT_FAMILY, renderPdf, type RenderedPdf } from './pdf';
import { fill, longDate, WORDS } from './words';
import { CONTENT_WIDTH, heading, PAGE, together } from './layout/common';
import { changesSection } from './layout/changes';
import { goalsSection } from './layout/goals';
import { impactSection } from './layout/impact';
import { ecosystemMap } from './layout/map';
import { organisationsPerRole } from './layout/organisations';
import { reachAndEffort } from './layout/reach';
import { sourceNote } from './layout/source';
import { activitiesPerType, typeBottleneck, typeGeography } from './layout/tables';
import { keyFigures, titleBlock } from './layout/title';
import { whiteSpotsSection } from './layout/whitespots';

/** `keep`: how many of the body's first blocks stay on the heading's page (default: the intro and the first table). */
type Section = { title: string; body: Content[]; keep?: number };

function sections(data: FactsheetData, options: RenderOptions): Section[] {
  const w = WORDS[data.lang];
  const { goals, impact, changes } = data.sections;
  const list: (Section | null)[] = [
    { title: w.typesTitle, body: activitiesPerType(data) },
    { title: w.geoTitle, body: typeGeography(data) },
    { title: w.knelTitle, body: typeBottleneck(data) },
    { title: w.reachTitle, body: reachAndEffort(data) },
    { title: w.mapTitle, body: ecosystemMap(data), keep: 4 },
    { title: w.orgTitle, body: organisationsPerRole(data) },
    // The goals name the white spots that matter; without goals, the report's white spots counted.
    goals ? { title: w.goalsTitle, body: goalsSection(goals, data.lang) } : { title: w.spotsTitle, body: whiteSpotsSection(data) },
    impact && impact.bottlenecks.some((b) => b.responses > 0) ? { title: w.impactTitle, body: impactSection(impact, data.lang) } : null,
    changes ? { title: fill(w.changesTitle, { since: changes.since }), body: changesSection(changes, data.lang) } : null,
    { title: w.sourceTitle, body: sourceNote(data, options) },
  ];
  return list.filter((s): s is Section => s !== null);
}

export function factsheetDefinition(data: FactsheetData, options: RenderOptions): DocumentDefinition {
  const w = WORDS[data.lang];
  const title = data.scans.map((s) => s.label).join(' · ');
  const content: Content[] = [titleBlock(data, options), keyFigures(data)];
  sections(data, options).forEach((s, i) => {
    const keep = s.keep ?? 2;
    content.push(together(heading(i + 1, s.title), ...s.body.slice(0, keep)), ...s.body.slice(keep));
  });
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.margin, PAGE.margin, PAGE.margin, PAGE.bottom],
    info: { title: `Regioscan factsheet ${title}`, subject: w.subtitle, creator: 'Regioscan', producer: 'Regioscan (pdfmake)' },
    language: data.lang === 'nl' ? 'nl-NL' : 'en-GB',
    defaultStyle: { font: FONT_FAMILY, fontSize: 8.4, color: INK.text, lineHeight: 1.12 },
    styles: {
      h1: { fontSize: 12.5, bold: true, color: INK.heading },
      ...SHARED_TEXT_STYLES,
    },
    content,
    footer: (current, count) => ({
      columns: [
        { text: `Regioscan · ${title} · ${longDate(options.date, data.lang)}`, width: '*' },
        { text: fill(w.page, { n: current, total: count }), alignment: 'right', width: 'auto' },
      ],
      fontSize: 6.8,
      color: INK.faint,
      margin: [PAGE.margin, 18, PAGE.margin, 0],
    }),
    background: () => ({ canvas: [{ type: 'line', x1: PAGE.margin, y1: PAGE.height - PAGE.bottom + 12, x2: PAGE.margin + CONTENT_WIDTH, y2: PAGE.height - PAGE.bottom + 12, lineWidth: 0.5, lineColor: INK.rule }] }),
  };
}

export function renderFactsheet(data: FactsheetData, options: RenderOptions, resources?: ResourceContext): Promise<RenderedPdf> {
  return renderPdf(factsheetDefinition(data, options), options.date, resources);
}
