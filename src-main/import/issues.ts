/**
 * The import report: every deviation, with where it was and what the importer did.
 * Messages are built from a code and parameters (src-shared/import-messages.ts) so the UI shows them
 * in Dutch or English; the English text is stored too, for the CLI and exports.
 */
import { importMessage, type IssueCode, type IssueParams } from '../../src-shared/import-messages';
import type { TextBudget } from './text-budget';

export type Severity = 'error' | 'warning' | 'unmapped';

export interface ImportIssue {
  severity: Severity;
  code: IssueCode;
  params: IssueParams;
  /** English message (rendered from code + params). */
  message: string;
  sheet: string | null;
  /** 1-based row number as the spreadsheet shows it. */
  row: number | null;
  /** Column letter and header, e.g. `G (Sector)`. */
  column: string | null;
  /** The cell as written. */
  value: string | null;
  /** `initiative\u0000activity` of the activity it concerns, linked to the activity after writing. */
  activityKey?: string;
}

/**
 * A location given lazily — a function, or an object (a cell) with a `where` getter — so the hot path
 * builds no location text unless something is actually reported.
 */
export type LazyWhere = Where | (() => Where) | { readonly where: Where };

export function resolveWhere(at: LazyWhere): Where {
  if (typeof at === 'function') return at();
  return 'where' in at ? at.where : at;
}

export interface Where {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  value?: string | null;
  activityKey?: string;
}

export class IssueLog {
  readonly issues: ImportIssue[] = [];

  /**
   * `budget`: the import's text budget, charged with the text of each issue as it is made. Every
   * issue is stored, and one may quote a long cell again for each row (a duplicate row's conflict
   * quotes the first row's value): counted here, such a report is refused before it fills memory.
   */
  constructor(private readonly budget?: TextBudget) {}

  add(severity: Severity, code: IssueCode, params: IssueParams, at: LazyWhere = {}): void {
    const where = resolveWhere(at);
    const issue: ImportIssue = {
      severity,
      code,
      params,
      message: importMessage(code, params, 'en'),
      sheet: where.sheet ?? null,
      row: where.row ?? null,
      column: where.column ?? null,
      value: where.value ?? null,
      ...(where.activityKey ? { activityKey: where.activityKey } : {}),
    };
    if (this.budget) {
      this.budget.add(issue.message);
      if (issue.value !== null) this.budget.add(issue.value);
      for (const p of Object.values(params)) if (typeof p === 'string') this.budget.add(p);
    }
    this.issues.push(issue);
  }
}

/** Excel column letters for a 0-based index (0 → A, 27 → AB). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

