/**
 * The rule `npm test` applies to Electronegativity's findings (scripts/electronegativity-judge.mjs),
 * on fake findings and on what the real scanner reports for the window's options.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, names, type Exception, type Finding } from '../../scripts/electronegativity-judge.mjs';
import { scanWithElectronegativity } from '../../scripts/electronegativity-scan.mjs';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

const finding = (check: string, sample: string, severity = 'MEDIUM', line = 7): Finding => ({ check, file: 'main/index.js', line, sample, severity, confidence: 'FIRM' });
const OPEN_EXTERNAL: Exception = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  subject: 'openExternal',
  file: 'main/index.js',
  evidence: '^if \\(isSafeExternalUrl\\(url\\)\\) shell\\.openExternal\\(url\\);$',
  reason: 'openExternal is reached only behind isSafeExternalUrl(), on the same line.',
};
const GUARDED = 'if (isSafeExternalUrl(url)) shell.openExternal(url);';
const CHECKED_IN = (JSON.parse(readFileSync(join(REPO_ROOT, 'build', 'electronegativity-exceptions.json'), 'utf8')) as { exceptions: Exception[] }).exceptions;

describe('judging Electronegativity findings', () => {
  it('excuses a finding whose flagged line names the exception’s subject and matches its evidence', () => {
    const { accepted, problems } = judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', GUARDED)], [OPEN_EXTERNAL]);
    expect(problems).toEqual([]);
    expect(accepted).toHaveLength(1);
  });

  it('does not excuse a finding at a call site whose options the scanner cannot see: the line names no option', () => {
    // The old kind of exception: the options came from mainWindowOptions(), so any of them could have regressed.
    const callSite: Exception = { check: 'CONTEXT_ISOLATION_JS_CHECK', subject: 'contextIsolation', file: 'main/index.js', evidence: 'new BrowserWindow\\(mainWindowOptions\\(', reason: 'mainWindowOptions() sets contextIsolation: true, asserted in a unit test.' };
    const { accepted, problems } = judgeFindings([finding('CONTEXT_ISOLATION_JS_CHECK', 'const window = new BrowserWindow(mainWindowOptions(preload, bounds));', 'HIGH')], [callSite]);
    expect(accepted).toEqual([]);
    expect(problems[0]).toMatch(/^HIGH CONTEXT_ISOLATION_JS_CHECK in main\/index\.js:7 .* has no reviewed exception; exception for contextIsolation: the flagged line does not name contextIsolation$/);
  });

  it('does not excuse another check, or another option, on a line an exception covers', () => {
    const line = "new BrowserWindow({ webPreferences: { disableBlinkFeatures: 'Auxclick', contextIsolation: false } });";
    const auxclick: Exception = { check: 'AUXCLICK_JS_CHECK', subject: 'disableBlinkFeatures', file: 'main/index.js', evidence: "disableBlinkFeatures: 'Auxclick'", reason: 'A reviewed exception for the Auxclick finding on this line.' };
    const { accepted, problems } = judgeFindings([finding('AUXCLICK_JS_CHECK', line), finding('CONTEXT_ISOLATION_JS_CHECK', line, 'HIGH')], [auxclick]);
    expect(accepted.map((a) => a.finding.check)).toEqual(['AUXCLICK_JS_CHECK']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^HIGH CONTEXT_ISOLATION_JS_CHECK/);
    const sandbox: Exception = { ...auxclick, check: 'SANDBOX_JS_CHECK', subject: 'sandbox', evidence: 'BrowserWindow' };
    expect(judgeFindings([finding('SANDBOX_JS_CHECK', 'new BrowserWindow({ webPreferences: { sandboxed: true } })')], [sandbox]).problems[0]).toMatch(/does not name sandbox$/);
  });

  it('does not excuse a finding whose flagged line no longer matches the evidence', () => {
    const { problems } = judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', 'shell.openExternal(url);')], [OPEN_EXTERNAL]);
    expect(problems[0]).toMatch(/exception for openExternal: the flagged line no longer matches its evidence$/);
  });

  it('fails an unknown high or medium finding, but not a low one; flags stale and incomplete exceptions', () => {
    const { problems } = judgeFindings([finding('NODE_INTEGRATION_JS_CHECK', 'nodeIntegration: true,', 'HIGH'), finding('CSP_GLOBAL_CHECK', '', 'LOW')], []);
    expect(problems).toEqual(['HIGH NODE_INTEGRATION_JS_CHECK in main/index.js:7 (`nodeIntegration: true,`) has no reviewed exception']);
    expect(judgeFindings([], [OPEN_EXTERNAL]).problems).toEqual(['exception OPEN_EXTERNAL_JS_CHECK (openExternal) for main/index.js matches no finding any more: remove it']);
    const { subject: _subject, ...noSubject } = OPEN_EXTERNAL;
    expect(judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', GUARDED)], [noSubject as Exception]).problems[0]).toMatch(/needs check, subject \(the option or API\), file, evidence and a reason/);
    expect(judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', GUARDED)], [{ ...OPEN_EXTERNAL, reason: 'ok' }]).problems[0]).toMatch(/needs check, subject/);
  });

  it('reads a subject as a whole name', () => {
    expect(names('sandbox: true,', 'sandbox')).toBe(true);
    expect(names('{ sandboxed: true }', 'sandbox')).toBe(false);
    expect(names('shell.openExternal(url)', 'openExternal')).toBe(true);
    expect(names('shell.openExternalLink(url)', 'openExternal')).toBe(false);
  });

  it('is fed a checked-in list in which every entry names a check, a subject, a file, evidence and a reason', () => {
    expect(CHECKED_IN.length).toBeGreaterThan(0);
    for (const e of CHECKED_IN) {
      expect(e.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(e.subject).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(() => new RegExp(e.evidence)).not.toThrow();
      expect(e.reason.length).toBeGreaterThan(40);
    }
    // The window's options are checked by the scanner itself: no exception may excuse one of them.
    expect(CHECKED_IN.map((e) => e.subject).filter((s) => ['contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'disableBlinkFeatures'].includes(s))).toEqual([]);
  });
});

/** The window's options as the scanner reads them, with `edit` applied to the source. */
async function scanWindowOptions(edit: (source: string) => string): Promise<Finding[]> {
  const dir = tempDir();
  writeFileSync(join(dir, 'window-options.ts'), edit(readFileSync(join(REPO_ROOT, 'src-main', 'electron', 'window-options.ts'), 'utf8')));
  return (await scanWithElectronegativity(dir)).findings.filter((f) => f.file === 'window-options.ts');
}

/** Each test runs the scanner two or three times; on a shared 2-core machine that is slow, not stuck. */
const SCANS_TIMEOUT = 120_000;

describe('the real scanner on the window’s options', () => {
  it('checks them where they are written, and a regression there is reported and not excused', async () => {
    const asWritten = await scanWindowOptions((s) => s);
    // Only the manual-review note about the preload: isolation, sandbox, Node and the rest pass.
    expect(asWritten.map((f) => `${f.severity} ${f.check}: ${f.sample}`)).toEqual(['MEDIUM PRELOAD_JS_CHECK: preload: preloadPath,']);

    const flipped = await scanWindowOptions((s) => s.replace('contextIsolation: true', 'contextIsolation: false'));
    const isolation = flipped.filter((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK');
    expect(isolation.map((f) => [f.severity, f.sample])).toEqual([['HIGH', 'contextIsolation: false,']]);
    // Whatever the checked-in exceptions say about this file, none excuses it.
    const asBuilt = isolation.map((f) => ({ ...f, file: 'main/index.js' }));
    expect(judgeFindings(asBuilt, CHECKED_IN).problems.filter((p) => p.includes('CONTEXT_ISOLATION_JS_CHECK'))).toHaveLength(1);

    const unsandboxed = await scanWindowOptions((s) => s.replace(/\n\s*sandbox: true,/, ''));
    expect(unsandboxed.filter((f) => f.check === 'SANDBOX_JS_CHECK').map((f) => f.sample)).toEqual(['return new BrowserWindow({']);
  }, SCANS_TIMEOUT);

  const built = join(REPO_ROOT, 'out', 'main', 'index.js');
  it.runIf(existsSync(built))('fails `npm test`’s step on a copy of the build whose contextIsolation is flipped (after `npm run build`)', () => {
    const gate = (main: string) => {
      const dir = tempDir();
      mkdirSync(join(dir, 'main'));
      mkdirSync(join(dir, 'renderer'));
      writeFileSync(join(dir, 'main', 'index.js'), main);
      copyFileSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
      return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'electronegativity.mjs'), dir], { encoding: 'utf8' });
    };
    const code = readFileSync(built, 'utf8');
    expect(code).toContain('contextIsolation: true');
    const asBuilt = gate(code);
    expect(asBuilt.stderr.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(asBuilt.status).toBe(0);
    const flipped = gate(code.replace('contextIsolation: true', 'contextIsolation: false'));
    expect(flipped.status).toBe(1);
    expect(flipped.stderr).toMatch(/^FAIL HIGH CONTEXT_ISOLATION_JS_CHECK in main\/index\.js:\d+ \(`contextIsolation: false,`\) has no reviewed exception$/m);
  }, SCANS_TIMEOUT);
});
