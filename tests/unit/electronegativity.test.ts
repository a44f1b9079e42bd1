/** The rule `npm test` applies to Electronegativity's findings (scripts/electronegativity-judge.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings } from '../../scripts/electronegativity-judge.mjs';
import { REPO_ROOT } from '../../src-main/version';

const CODE = ['function createWindow(db) {', '  const window = new BrowserWindow(mainWindowOptions(preload, bounds));', '}'];
const finding = (check: string, severity = 'HIGH', line = 2) => ({ check, file: 'main/index.js', line, severity, confidence: 'FIRM' });
const exception = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', evidence: 'new BrowserWindow\\(mainWindowOptions\\(', reason: 'Options come from mainWindowOptions(), asserted in a unit test.' };
const lines = () => CODE;

describe('judging Electronegativity findings', () => {
  it('accepts a high finding covered by an exception whose evidence is in the code', () => {
    const { accepted, problems } = judgeFindings([finding('CONTEXT_ISOLATION_JS_CHECK')], [exception], lines);
    expect(problems).toEqual([]);
    expect(accepted).toHaveLength(1);
  });

  it('fails an unknown high or medium finding, but not a low one', () => {
    const { problems } = judgeFindings([finding('NODE_INTEGRATION_JS_CHECK'), finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('CSP_GLOBAL_CHECK', 'LOW')], [], lines);
    expect(problems).toEqual([
      'HIGH NODE_INTEGRATION_JS_CHECK in main/index.js:2 has no reviewed exception (or the code no longer matches its evidence)',
      'MEDIUM SANDBOX_JS_CHECK in main/index.js:2 has no reviewed exception (or the code no longer matches its evidence)',
    ]);
  });

  it('fails when the code near the finding no longer matches the exception, and flags stale or unexplained exceptions', () => {
    const changed = () => ['const window = new BrowserWindow({ webPreferences: { contextIsolation: false } });'];
    expect(judgeFindings([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 1)], [exception], changed).problems).toHaveLength(2);
    expect(judgeFindings([], [exception], lines).problems).toEqual(['exception CONTEXT_ISOLATION_JS_CHECK for main/index.js matches no finding any more: remove it']);
    expect(judgeFindings([finding('CONTEXT_ISOLATION_JS_CHECK')], [{ ...exception, reason: 'ok' }], lines).problems[0]).toMatch(/needs check, file, evidence and a reason/);
  });

  it('is fed a checked-in exception list in which every entry names a check, a file, evidence and a reason', () => {
    const { exceptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'build', 'electronegativity-exceptions.json'), 'utf8')) as { exceptions: typeof exception[] };
    expect(exceptions.length).toBeGreaterThan(0);
    for (const e of exceptions) {
      expect(e.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(() => new RegExp(e.evidence)).not.toThrow();
      expect(e.reason.length).toBeGreaterThan(40);
    }
  });
});
