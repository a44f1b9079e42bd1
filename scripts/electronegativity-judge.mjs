/**
 * Judges Electronegativity's findings against the reviewed exceptions in
 * build/electronegativity-exceptions.json (pure; unit-tested in tests/unit/electronegativity.test.ts).
 *
 * A finding of high or medium severity passes only if an exception matches the finding itself:
 * the same check and file, a `subject` — the option or API the finding is about, such as
 * `contextIsolation` or `openExternal` — that the flagged line names, and `evidence` (a regular
 * expression) that matches the flagged line as the scanner read it. Nearby code does not count: a
 * finding at a call site whose options the scanner cannot see names none of them, so no exception
 * can excuse it. An exception that matches no finding is stale and fails too.
 */

export const ENFORCED_SEVERITIES = ['HIGH', 'MEDIUM'];

/**
 * @typedef {{ check: string, file: string, line: number, sample: string, severity: string, confidence: string }} Finding
 * @typedef {{ check: string, subject: string, file: string, evidence: string, reason: string }} Exception
 */

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `line` names `subject` as a whole identifier (not `sandboxed` for `sandbox`). */
export function names(line, subject) {
  return new RegExp(`(^|[^\\w$])${escapeRegExp(subject)}([^\\w$]|$)`).test(line);
}

/** Why `exception` does not excuse `finding`, or null when it does. */
function mismatch(exception, finding) {
  if (exception.check !== finding.check || exception.file !== finding.file) return 'another check or file';
  if (!names(finding.sample, exception.subject)) return `the flagged line does not name ${exception.subject}`;
  if (!new RegExp(exception.evidence).test(finding.sample)) return 'the flagged line no longer matches its evidence';
  return null;
}

/**
 * @param {Finding[]} findings
 * @param {Exception[]} exceptions
 * @returns {{ accepted: { finding: Finding, exception: Exception }[], problems: string[] }}
 */
export function judgeFindings(findings, exceptions) {
  const problems = [];
  const accepted = [];
  const used = new Set();
  const valid = exceptions.filter((exception) => {
    const ok = Boolean(exception.check && exception.file && exception.evidence && /^[A-Za-z_$][\w$]*$/.test(exception.subject ?? '') && exception.reason && exception.reason.trim().length >= 20);
    if (!ok) problems.push(`exception ${JSON.stringify(exception)} needs check, subject (the option or API), file, evidence and a reason of at least a sentence`);
    return ok;
  });
  for (const finding of findings) {
    if (!ENFORCED_SEVERITIES.includes(finding.severity)) continue;
    const exception = valid.find((e) => mismatch(e, finding) === null);
    if (exception) {
      used.add(exception);
      accepted.push({ finding, exception });
      continue;
    }
    const near = valid.filter((e) => e.check === finding.check && e.file === finding.file).map((e) => `; exception for ${e.subject}: ${mismatch(e, finding)}`);
    problems.push(`${finding.severity} ${finding.check} in ${finding.file}:${finding.line} (\`${finding.sample}\`) has no reviewed exception${near.join('')}`);
  }
  for (const exception of valid) {
    if (!used.has(exception)) problems.push(`exception ${exception.check} (${exception.subject}) for ${exception.file} matches no finding any more: remove it`);
  }
  return { accepted, problems };
}
