#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity on the built app (`out/`: main, preload and renderer — the code
 * that ships; or the folder given as argument) and fails on any high or medium finding that has no
 * reviewed exception in build/electronegativity-exceptions.json (see electronegativity-judge.mjs).
 * Part of `npm test`, after the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeFindings } from './electronegativity-judge.mjs';
import { scanWithElectronegativity } from './electronegativity-scan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, 'out'));
const exceptionsFile = join(root, 'build', 'electronegativity-exceptions.json');
const mainFile = join(input, 'main', 'index.js');

if (!existsSync(mainFile)) {
  console.error(`electronegativity: ${mainFile} is not built; run \`npm run build\` first.`);
  process.exit(1);
}

const scan = await scanWithElectronegativity(input);
const exceptions = JSON.parse(readFileSync(exceptionsFile, 'utf8')).exceptions;
const { accepted, problems } = judgeFindings(scan.findings, exceptions);
for (const file of scan.unparsed) problems.push(`could not parse ${file}`);
// The scanner checks a window's options only where they are written inside `new BrowserWindow(…)`
// (src-main/electron/window-options.ts); options built elsewhere would pass unseen.
if (!/new BrowserWindow\(\{/.test(readFileSync(mainFile, 'utf8'))) {
  problems.push('main/index.js has no `new BrowserWindow({ … })` with its options written out: Electronegativity cannot check the window');
}

console.log(`Electronegativity ${scan.version} on ${input} (Electron ${scan.electronVersion}): ${scan.checks} checks, ${scan.findings.length} findings`);
for (const f of scan.findings.filter((x) => !accepted.some((a) => a.finding === x))) {
  console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.line}`);
}
for (const { finding, exception } of accepted) {
  console.log(`  ${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line} — reviewed exception (${exception.subject}): ${exception.reason}`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
console.log('No high or medium finding without a reviewed exception.');
