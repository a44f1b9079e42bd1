/**
 * Judges Electronegativity's findings against the reviewed exceptions in
 * build/electronegativity-exceptions.json (pure; unit-tested in tests/unit/electronegativity.test.ts).
 *
 * A finding of high or medium severity passes only if an exception names its check and file and
 * the exception's `evidence` (a regular expression) matches the built code within a few lines of
 * the finding — so an exception stops covering the finding when the code it describes changes.
 * An exception that matches no finding is stale and fails too: the list stays honest.
 */

export const ENFORCED_SEVERITIES = ['HIGH', 'MEDIUM'];
const EVIDENCE_WINDOW = 5;

/**
 * @typedef {{ check: string, file: string, line: number, severity: string, confidence: string }} Finding
 * @typedef {{ check: string, file: string, evidence: string, reason: string }} Exception
 * @param {Finding[]} findings
 * @param {Exception[]} exceptions
 * @param {(file: string) => string[]} readLines the built file's lines
 * @returns {{ accepted: { finding: Finding, exception: Exception }[], problems: string[] }}
 */
export function judgeFindings(findings, exceptions, readLines) {
  const problems = [];
  const accepted = [];
  const used = new Set();
  for (const exception of exceptions) {
    if (!exception.check || !exception.file || !exception.evidence || !exception.reason || exception.reason.trim().length < 20) {
      problems.push(`exception ${JSON.stringify(exception)} needs check, file, evidence and a reason of at least a sentence`);
    }
  }
  for (const finding of findings) {
    if (!ENFORCED_SEVERITIES.includes(finding.severity)) continue;
    const lines = readLines(finding.file);
    const near = lines.slice(Math.max(0, finding.line - 1 - EVIDENCE_WINDOW), finding.line + EVIDENCE_WINDOW).join('\n');
    const exception = exceptions.find((e) => e.check === finding.check && e.file === finding.file && new RegExp(e.evidence).test(near));
    if (exception) {
      used.add(exception);
      accepted.push({ finding, exception });
    } else {
      problems.push(`${finding.severity} ${finding.check} in ${finding.file}:${finding.line} has no reviewed exception (or the code no longer matches its evidence)`);
    }
  }
  for (const exception of exceptions) {
    if (!used.has(exception)) problems.push(`exception ${exception.check} for ${exception.file} matches no finding any more: remove it`);
  }
  return { accepted, problems };
}
