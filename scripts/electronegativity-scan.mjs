/**
 * Runs Doyensec's Electronegativity on a folder, offline, and returns its findings as the judge
 * (electronegativity-judge.mjs) reads them. Used by scripts/electronegativity.mjs and the unit test.
 *
 * Offline: the check that downloads Electron's release list (AvailableSecurityFixesGlobalCheck)
 * is skipped, and the Electron version is the installed one. The tool's only other request, for
 * updated translations at start, goes through `got`; that module is replaced in the require cache
 * by one that refuses at once, so the run never reaches for the network (the real request, timing
 * out offline, crashed the process in p-cancelable after the findings were printed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function loadTool() {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
  const gotPath = toolRequire.resolve('got');
  const offline = () => Promise.reject(new Error('electronegativity runs offline'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
  const tool = require('@doyensec/electronegativity');
  return tool.default ?? tool;
}

/**
 * @param {string} input the folder to scan
 * @returns {Promise<{ version: string, electronVersion: string, checks: number, findings: import('./electronegativity-judge.mjs').Finding[], unparsed: string[] }>}
 */
export async function scanWithElectronegativity(input) {
  const run = loadTool();
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  return {
    version: require('@doyensec/electronegativity/package.json').version,
    electronVersion,
    checks: result.globalChecks + result.atomicChecks,
    // `sample` is the flagged line itself, as the tool read it; global findings name no file ('N/A').
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file,
      line: issue.location.line,
      sample: issue.sample ?? '',
      severity: issue.severity.name,
      confidence: issue.confidence.name,
    })),
    // A file the scanner could not parse was not checked.
    unparsed: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
  };
}
