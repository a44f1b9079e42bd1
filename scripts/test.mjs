#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each of which must pass —
 * typecheck (node, web and shared configs), lint, the build the browser tests serve, Doyensec's
 * Electronegativity on that build, then all vitest projects (unit and browser). Ends with one line
 * counting passed and failed tests (a failed check counts as one failure).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const npm = (script) =>
  process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, 'run', '--silent', script]] : ['npm', ['run', '--silent', script]];

function run(label, command, args) {
  console.log(`\n=== ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`--- ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  return result.status === 0;
}

const checks = [
  ['typecheck (shared, node, web and browser-test configs)', ...npm('typecheck')],
  ['lint', ...npm('lint')],
  ['build (the app that ships: out/main, out/preload, out/renderer)', ...npm('build')],
  ['test build (the renderer the browser tests serve, with their probes: out-test/renderer)', ...npm('build:test')],
  // Needs the build: it scans the code that ships (out/main, out/preload, out/renderer).
  ['electronegativity (no high/medium finding without a reviewed exception)', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]],
];
const failedChecks = checks.filter(([label, command, args]) => !run(label, command, args)).map(([label]) => label);

mkdirSync(join(root, 'test-results'), { recursive: true });
const reportFile = join(root, 'test-results', 'vitest.json');
const extra = process.argv.slice(2);
// A report left by an earlier run must not speak for this one (a vitest that dies writes none).
rmSync(reportFile, { force: true });
const vitestOk = run('vitest (unit + browser)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...extra]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + report.numTodoTests;
} catch {
  failed += 1;
}
// Vitest itself failing (a crash, a timeout outside any test) is a failure even with no failed test.
if (!vitestOk && failed === 0) failed += 1;
failed += failedChecks.length;
if (failedChecks.length > 0) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedChecks.length === 0 && vitestOk && failed === 0 && passed > 0 ? 0 : 1);
