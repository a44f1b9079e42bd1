/**
 * The questionnaire on paper: one A4 page per activity (docs/surveys.md), for a participant who
 * answers with a pen. It names the initiative and the activity (and its ID, to type the answers
 * into the workbook), asks the one matrix question and lists the knelpunten 0–11 with boxes for
 * 1–5 and n.v.t.: the knelpunten the activity targets are marked (●, bold, yellow), the others
 * greyed. A line for Volgende stap closes the page. Laid out with pdfmake in the embedded DejaVu
 * Sans of the factsheet (report domain), so the text can be read back and nothing is substituted.
 */
import { BOTTLENECKS } from '../../src-shared/codebook';
import { FONT_FAMILY, INK, renderPdf, type Content, type DocumentDefinition, type TableCell } from '../report';
import type { ResourceContext } from '../resources';
import { NOT_APPLICABLE } from './survey-format';
import type { SurveyActivity } from './template';

type Lang = 'nl' | 'en';

/** The marker of a targeted knelpunt (DejaVu Sans has it). */
export const TARGET_MARK = '●';

const WORDS = {
  nl: {
    heading: 'Regioscan — impactvragenlijst',
    round: 'Ronde',
    initiative: 'Initiatief',
    activity: 'Activiteit',
    question: 'In welke mate heeft deelname aan deze activiteit geholpen om het knelpunt op te lossen?',
    scale: `Kruis per knelpunt één vakje aan: 1 = niet, 2 = een beetje, 3 = enigszins, 4 = grotendeels, 5 = in grote mate; ${NOT_APPLICABLE} als het knelpunt voor u niet speelde.`,
    marked: `${TARGET_MARK} = knelpunt waar deze activiteit op gericht is. De grijze knelpunten mag u ook invullen.`,
    bottleneck: 'Knelpunt',
    notApplicable: NOT_APPLICABLE,
    nextStep: 'Volgende stap: waar gaat u hierna heen (initiatief of activiteit)?',
    footer: (id: number, n: number, total: number) => `Activiteit-ID ${id} · Regioscan · pagina ${n} van ${total}`,
  },
  en: {
    heading: 'Regioscan — impact questionnaire',
    round: 'Round',
    initiative: 'Initiative',
    activity: 'Activity',
    question: 'To what extent did taking part in this activity help to solve the bottleneck?',
    scale: 'Tick one box per bottleneck: 1 = not at all, 2 = a little, 3 = somewhat, 4 = largely, 5 = to a great extent; n/a if the bottleneck did not apply to you.',
    marked: `${TARGET_MARK} = a bottleneck this activity targets. You may fill in the grey ones too.`,
    bottleneck: 'Bottleneck',
    notApplicable: 'n/a',
    nextStep: 'Next step: where do you go next (initiative or activity)?',
    footer: (id: number, n: number, total: number) => `Activity ID ${id} · Regioscan · page ${n} of ${total}`,
  },
} as const;

const PAGE_MARGIN = 48;
const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;
const BOX = 11;
const TARGETED_FILL = '#fff2c2';
const GREYED_FILL = '#f1f3f5';
const GREYED_TEXT = '#8a939e';

function box(): TableCell {
  return { canvas: [{ type: 'rect', x: 0, y: 0, w: BOX, h: BOX, lineWidth: 0.8, lineColor: INK.text }], alignment: 'center', margin: [0, 2, 0, 0] };
}

function bottleneckRow(code: string, label: string, targeted: boolean): TableCell[] {
  const fill = targeted ? TARGETED_FILL : GREYED_FILL;
  const color = targeted ? INK.text : GREYED_TEXT;
  return [
    { text: targeted ? TARGET_MARK : '', color: INK.heading, alignment: 'center', fillColor: fill },
    { text: `${code}. ${label}`, bold: targeted, color, fillColor: fill },
    ...[1, 2, 3, 4, 5, 6].map(() => ({ ...box(), fillColor: fill })),
  ];
}

function activityPage(a: SurveyActivity, lang: Lang, round: string | null, first: boolean): Content {
  const w = WORDS[lang];
  const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', color: INK.heading, fontSize: 8.5 });
  const body: TableCell[][] = [
    [{ text: '' }, { text: w.bottleneck, bold: true, color: INK.heading, fontSize: 8.5 }, head('1'), head('2'), head('3'), head('4'), head('5'), head(w.notApplicable)],
    ...BOTTLENECKS.map((b) => bottleneckRow(b.code, b[lang], a.bottlenecks.includes(b.code))),
  ];
  const column = 30;
  return {
    ...(first ? {} : { pageBreak: 'before' as const }),
    stack: [
      { text: round ? `${w.heading} · ${w.round}: ${round}` : w.heading, fontSize: 8.5, color: INK.muted, margin: [0, 0, 0, 10] },
      { text: `${w.initiative}: ${a.initiative}`, fontSize: 11, color: INK.muted },
      { text: `${w.activity}: ${a.name}`, fontSize: 15, bold: true, color: INK.heading, margin: [0, 2, 0, 12] },
      { text: w.question, fontSize: 11.5, bold: true, margin: [0, 0, 0, 4] },
      { text: w.scale, fontSize: 8.8, color: INK.muted, margin: [0, 0, 0, 2] },
      { text: w.marked, fontSize: 8.8, color: INK.muted, margin: [0, 0, 0, 10] },
      {
        table: { widths: [16, CONTENT_WIDTH - 16 - 6 * column - 2 * 8 * 4, column, column, column, column, column, column], body, headerRows: 1, dontBreakRows: true },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0,
          hLineColor: INK.rule,
          paddingTop: () => 6,
          paddingBottom: () => 5,
        },
      },
      { text: w.nextStep, fontSize: 10, bold: true, margin: [0, 22, 0, 26] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.6, lineColor: INK.text }] },
      { canvas: [{ type: 'line', x1: 0, y1: 26, x2: CONTENT_WIDTH, y2: 26, lineWidth: 0.6, lineColor: INK.text }] },
    ],
  };
}

export function surveyPagesDefinition(activities: readonly SurveyActivity[], options: { lang: Lang; round: string | null; title: string }): DocumentDefinition {
  const w = WORDS[options.lang];
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, 56],
    info: { title: `${w.heading} · ${options.title}`, creator: 'Regioscan', producer: 'Regioscan (pdfmake)' },
    language: options.lang === 'nl' ? 'nl-NL' : 'en-GB',
    defaultStyle: { font: FONT_FAMILY, fontSize: 9.5, color: INK.text, lineHeight: 1.15 },
    styles: {},
    content: activities.map((a, i) => activityPage(a, options.lang, options.round, i === 0)),
    footer: (n, total) => ({ text: w.footer(activities[n - 1]?.id ?? 0, n, total), fontSize: 7.5, color: INK.faint, margin: [PAGE_MARGIN, 20, PAGE_MARGIN, 0] }),
  };
}

export async function renderSurveyPages(activities: readonly SurveyActivity[], options: { lang: Lang; round: string | null; title: string; date: Date; resources?: ResourceContext | undefined }): Promise<{ bytes: Buffer; pages: number }> {
  return renderPdf(surveyPagesDefinition(activities, options), options.date, options.resources);
}
