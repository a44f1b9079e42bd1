export interface Finding {
  check: string;
  file: string;
  line: number;
  /** The flagged line as the scanner read it (Electronegativity's `sample`). */
  sample: string;
  severity: string;
  confidence: string;
}

export interface Exception {
  check: string;
  /** The option or API the finding is about (`contextIsolation`, `openExternal`); the flagged line must name it. */
  subject: string;
  file: string;
  /** A regular expression that must match the flagged line itself. */
  evidence: string;
  reason: string;
}

export const ENFORCED_SEVERITIES: readonly string[];

export function names(line: string, subject: string): boolean;

export function judgeFindings(
  findings: readonly Finding[],
  exceptions: readonly Exception[],
): { accepted: { finding: Finding; exception: Exception }[]; problems: string[] };
