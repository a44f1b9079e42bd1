/**
 * Pure helpers of the Impact screen: a mean as people read it, the share of each score for the
 * distribution bar, the survey import report in the issues table's shape, and the lines that say
 * what happened to each file. No React, so they are unit-tested directly.
 */
import type { ImportIssueView } from '../../../src-shared/model';
import { fewResponses, type Distribution, type ScoreSummary, type SurveyFileReport } from '../../../src-shared/surveys-model';
import type { Language } from '../i18n/translate';
import { locale } from '../i18n/format';

export const SCORES = ['1', '2', '3', '4', '5'] as const;

/** "3,40" / "3.40": two decimals, as main rounds it; null when there are no responses. */
export function meanText(mean: number | null, lang: Language): string | null {
  if (mean === null) return null;
  return mean.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** How a mean is shown: absent (no responses), greyed (fewer than FEW_RESPONSES) or plain. */
export function meanState(s: Pick<ScoreSummary, 'responses'>): 'none' | 'few' | 'enough' {
  if (s.responses === 0) return 'none';
  return fewResponses(s.responses) ? 'few' : 'enough';
}

/** Each score's share of the responses (0–1), in score order; all zero without responses. */
export function distributionShares(d: Distribution): number[] {
  const total = SCORES.reduce((n, k) => n + d[k], 0);
  return SCORES.map((k) => (total === 0 ? 0 : d[k] / total));
}

/**
 * A survey file's bad cells as rows of the import report table. Main wrote each message in the
 * language the import was asked in; the code is the survey's own, so the table shows that text.
 */
export function surveyIssueViews(file: SurveyFileReport): ImportIssueView[] {
  return file.issues.map((i) => ({ severity: i.severity, code: 'survey-cell', params: {}, message: i.message, sheet: i.sheet, row: i.row, column: i.column, value: i.value }));
}
