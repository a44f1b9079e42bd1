#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity on the built app (`out/`: main, preload and renderer — the code
 * that ships) and fails on any high or medium finding that has no reviewed exception in
 * build/electronegativity-exceptions.json (see electronegativity-judge.mjs). Part of `npm test`,
 * after the build.
 *
 * Offline: the check that downloads Electron's release list (AvailableSecurityFixesGlobalCheck)
 * is skipped, and the Electron version is the installed one. The tool's only other request, for
 * updated translations at start, goes through `got`; that module is replaced in the require cache
 * by one that refuses at once, so the run never reaches for the network (the real request, timing
 * out offline, crashed the process in p-cancelable after the findings were printed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeFindings } from './electronegativity-judge.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const input = join(root, 'out');
const exceptionsFile = join(root, 'build', 'electronegativity-exceptions.json');

if (!existsSync(join(input, 'main', 'index.js'))) {
  console.error('electronegativity: out/ is not built; run `npm run build` first.');
  process.exit(1);
}

const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('electronegativity runs offline'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file,
  line: issue.location.line,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
}));
const exceptions = JSON.parse(readFileSync(exceptionsFile, 'utf8')).exceptions;
// Global findings name no file ('N/A'): they have no code to match evidence against.
const readLines = (file) => (existsSync(join(input, file)) ? readFileSync(join(input, file), 'utf8').split('\n') : []);
const { accepted, problems } = judgeFindings(findings, exceptions, readLines);

// A file the scanner could not parse was not checked.
for (const error of result.errors.filter((e) => !e.tolerable)) problems.push(`could not parse ${error.file}: ${error.message}`);

console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} on out/ (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks, ${findings.length} findings`);
for (const f of findings.filter((x) => !accepted.some((a) => a.finding === x))) {
  console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.line}`);
}
for (const { finding, exception } of accepted) {
  console.log(`  ${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line} — reviewed exception: ${exception.reason}`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
console.log('No high or medium finding without a reviewed exception.');
