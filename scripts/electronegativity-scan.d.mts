import type { Finding } from './electronegativity-judge.mjs';

export function scanWithElectronegativity(input: string): Promise<{
  version: string;
  electronVersion: string;
  checks: number;
  findings: Finding[];
  /** Files the scanner could not parse, so did not check. */
  unparsed: string[];
}>;
