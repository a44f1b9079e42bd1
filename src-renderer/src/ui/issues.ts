/** Pure helpers of the issues table: the message text, sorting, counting. */
import { importMessage, type IssueCode } from '../../../src-shared/import-messages';
import type { ImportIssueView, IssueSeverity } from '../../../src-shared/model';
import type { Language } from '../i18n';

export const SEVERITIES: readonly IssueSeverity[] = ['error', 'warning', 'unmapped'];

/** Badge colours; the badge always carries the severity's name too (never colour alone). */
export const SEVERITY_COLORS: Readonly<Record<IssueSeverity, string>> = {
  error: 'red',
  warning: 'orange',
  unmapped: 'grape',
};

export type IssueSortKey = 'severity' | 'sheet' | 'row' | 'column' | 'value' | 'message';
export type SortDirection = 'ascending' | 'descending';
export interface IssueSort {
  key: IssueSortKey;
  direction: SortDirection;
}

export const DEFAULT_ISSUE_SORT: IssueSort = { key: 'severity', direction: 'ascending' };

export type SeverityFilter = IssueSeverity | 'all';

export interface IssueRow {
  /** Position in the report, the tie-breaker that keeps sorting stable. */
  index: number;
  issue: ImportIssueView;
  /** The message in the user's language. */
  text: string;
}

/** The report row's message in `lang`; main's English text for a code this version does not know. */
export function issueText(issue: ImportIssueView, lang: Language): string {
  try {
    return importMessage(issue.code as IssueCode, issue.params, lang);
  } catch {
    return issue.message;
  }
}

export function issueRows(issues: readonly ImportIssueView[], lang: Language): IssueRow[] {
  return issues.map((issue, index) => ({ index, issue, text: issueText(issue, lang) }));
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** "G (Sector)" sorts by its column letters as Excel orders them (Z before AA). */
function columnKey(column: string): string {
  const letters = /^([A-Z]{1,3})\b/.exec(column)?.[1];
  return letters ? letters.padStart(3, ' ') + column.slice(letters.length) : column;
}

function sortValue(row: IssueRow, key: IssueSortKey): string | number | null {
  const { issue } = row;
  switch (key) {
    case 'severity':
      return SEVERITIES.indexOf(issue.severity);
    case 'sheet':
      return issue.sheet;
    case 'row':
      return issue.row;
    case 'column':
      return issue.column === null ? null : columnKey(issue.column);
    case 'value':
      return issue.value === null || issue.value === '' ? null : issue.value;
    case 'message':
      return row.text;
  }
}

/** Sorted copy; empty cells go last in either direction, ties keep the report's order. */
export function sortIssueRows(rows: readonly IssueRow[], sort: IssueSort): IssueRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return a.index - b.index;
    }
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return cmp !== 0 ? sign * cmp : a.index - b.index;
  });
}

export function filterIssueRows(rows: readonly IssueRow[], filter: SeverityFilter): IssueRow[] {
  return filter === 'all' ? [...rows] : rows.filter((row) => row.issue.severity === filter);
}

export function countBySeverity(issues: readonly ImportIssueView[]): Record<SeverityFilter, number> {
  const counts: Record<SeverityFilter, number> = { all: issues.length, error: 0, warning: 0, unmapped: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** The next sort after clicking a column header: toggles the direction of the same column. */
export function nextSort(current: IssueSort, key: IssueSortKey): IssueSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
