export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
}

export interface Exception {
  check: string;
  file: string;
  /** A regular expression that must match the built code within a few lines of the finding. */
  evidence: string;
  reason: string;
}

export const ENFORCED_SEVERITIES: readonly string[];

export function judgeFindings(
  findings: readonly Finding[],
  exceptions: readonly Exception[],
  readLines: (file: string) => string[],
): { accepted: { finding: Finding; exception: Exception }[]; problems: string[] };
