/**
 * Writes the response workbook for a scan or one initiative: one pre-filled row per activity, the
 * knelpunten the activity targets marked and the others greyed, every answer cell validated (1–5 or
 * n.v.t.), and a Toelichting sheet. SheetJS writes the cells (workbook/); the fills and the
 * validation, which SheetJS CE cannot write, are added to its package (workbookToXlsxEdited).
 */
import * as XLSX from 'xlsx';
import { BOTTLENECK_GROUPS, BOTTLENECKS } from '../../src-shared/codebook';
import { workbookToXlsxEdited } from '../workbook/canonical-writer';
import { cellXfs } from '../workbook/quote-prefix';
import { insertValidations } from '../workbook/template-lists';
import { BOTTLENECK_CODES, bottleneckHeader, NOT_APPLICABLE, ROUND_KEY, SURVEY_HEADER, SURVEY_SHEET } from './survey-format';

export interface SurveyActivity {
  id: number;
  initiative: string;
  name: string;
  /** The knelpunt codes the activity targets. */
  bottlenecks: readonly string[];
}

export interface SurveyTemplateOptions {
  scanTitle: string;
  round: string | null;
}

/** Rows below the pre-filled ones that still carry validation, for participants who add rows. */
const EXTRA_ROWS = 2000;
const TARGETED_FILL = 'FFFFE699';
const GREYED_FILL = 'FFD9D9D9';
const FIRST_ANSWER_COLUMN = 3;

export function surveyHeader(): string[] {
  return [SURVEY_HEADER.id, SURVEY_HEADER.initiative, SURVEY_HEADER.activity, ...BOTTLENECK_CODES.map(bottleneckHeader), SURVEY_HEADER.nextStep];
}

function explanationRows(options: SurveyTemplateOptions): string[][] {
  const groups = (key: string) => BOTTLENECKS.filter((b) => b.group === key).map((b) => b.code).join(', ');
  return [
    ['Regioscan — impactvragenlijst', ''],
    ['Scan', options.scanTitle],
    [ROUND_KEY, options.round ?? ''],
    ['', ''],
    ['Vraag', 'In welke mate heeft deelname aan deze activiteit geholpen om het knelpunt op te lossen?'],
    ['Antwoord', `1 = niet, 2 = een beetje, 3 = enigszins, 4 = grotendeels, 5 = in grote mate; ${NOT_APPLICABLE} als het knelpunt voor u niet speelde.`],
    ['Gemarkeerd', 'De knelpunten die de activiteit wil oplossen zijn geel; de andere zijn grijs, maar mogen ook worden ingevuld.'],
    ['Eén rij per deelnemer', 'Kopieer de rij van de activiteit voor elke deelnemer; laat de kolom ID ongewijzigd. Rijen met hetzelfde ID zijn verschillende antwoorden.'],
    [SURVEY_HEADER.nextStep, 'Waar ging de deelnemer daarna heen (initiatief of activiteit)? Vrije tekst, mag leeg blijven.'],
    ['Kolomkoppen', 'Wijzig de kolomkoppen niet: ze worden bij het inlezen gecontroleerd.'],
    ['', ''],
    ...BOTTLENECK_GROUPS.map((g) => [g.nl, `knelpunten ${groups(g.key)}`]),
    ...BOTTLENECKS.map((b) => [bottleneckHeader(b.code), b.group ? (BOTTLENECK_GROUPS.find((g) => g.key === b.group)?.nl ?? '') : '']),
  ];
}

/** Two solid fills and a cell format for each, appended to SheetJS' styles.xml; their xf indexes. */
function addFills(styles: string): { styles: string; targeted: number; greyed: number } {
  const fills = /<fills count="(\d+)">([\s\S]*?)<\/fills>/.exec(styles);
  if (!fills) throw new Error('styles.xml has no fills');
  const firstFill = Number(fills[1]);
  const fill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
  let out = styles.replace(fills[0], `<fills count="${firstFill + 2}">${fills[2]}${fill(TARGETED_FILL)}${fill(GREYED_FILL)}</fills>`);
  const xfs = cellXfs(out);
  const xf = (fillId: number) => `<xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0" applyFill="1"/>`;
  const all = [...xfs, xf(firstFill), xf(firstFill + 1)];
  out = out.replace(/<cellXfs\b[^>]*?(?:\/>|>[\s\S]*?<\/cellXfs>)/, `<cellXfs count="${all.length}">${all.join('')}</cellXfs>`);
  return { styles: out, targeted: xfs.length, greyed: xfs.length + 1 };
}

/** The answer cells of the pre-filled rows, empty but styled: marked where the activity targets the knelpunt. */
function styleAnswerCells(xml: string, activities: readonly SurveyActivity[], style: { targeted: number; greyed: number }): string {
  return xml.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (whole, r: string, attrs: string, inner: string) => {
    const row = Number(r);
    const activity = activities[row - 2];
    if (row < 2 || !activity) return whole;
    const cells = BOTTLENECK_CODES.map((code, i) => {
      const ref = `${XLSX.utils.encode_col(FIRST_ANSWER_COLUMN + i)}${row}`;
      return `<c r="${ref}" s="${activity.bottlenecks.includes(code) ? style.targeted : style.greyed}"/>`;
    }).join('');
    return `<row r="${r}"${attrs.replace(/\sspans="[^"]*"/, '')}>${inner}${cells}</row>`;
  });
}

function answerValidation(rows: number): string {
  const first = XLSX.utils.encode_col(FIRST_ANSWER_COLUMN);
  const last = XLSX.utils.encode_col(FIRST_ANSWER_COLUMN + BOTTLENECK_CODES.length - 1);
  return (
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
    `errorTitle="Ongeldig antwoord" error="Vul 1 tot en met 5 in, of ${NOT_APPLICABLE}" promptTitle="Antwoord" prompt="1 = niet … 5 = in grote mate; ${NOT_APPLICABLE}" ` +
    `sqref="${first}2:${last}${rows + 1}"><formula1>"1,2,3,4,5,${NOT_APPLICABLE}"</formula1></dataValidation></dataValidations>`
  );
}

export function writeSurveyWorkbook(activities: readonly SurveyActivity[], options: SurveyTemplateOptions): Buffer {
  const header = surveyHeader();
  const answers = XLSX.utils.aoa_to_sheet([header, ...activities.map((a) => [a.id, a.initiative, a.name])]);
  answers['!cols'] = header.map((h, c) => ({ wch: c === 0 ? 8 : c < FIRST_ANSWER_COLUMN ? 32 : c === header.length - 1 ? 30 : Math.max(12, Math.min(24, h.length + 2)) }));
  const explanation = XLSX.utils.aoa_to_sheet(explanationRows(options));
  explanation['!cols'] = [{ wch: 34 }, { wch: 100 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, answers, SURVEY_SHEET.answers);
  XLSX.utils.book_append_sheet(wb, explanation, SURVEY_SHEET.explanation);
  let style = { targeted: 0, greyed: 0 };
  return workbookToXlsxEdited(wb, {
    frozenSheets: [SURVEY_SHEET.answers],
    styles: (xml) => {
      const added = addFills(xml);
      style = added;
      return added.styles;
    },
    sheet: (n, xml) => (n === 1 ? insertValidations(styleAnswerCells(xml, activities, style), answerValidation(activities.length + EXTRA_ROWS)) : xml),
  });
}
