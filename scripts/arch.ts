/**
 * `npm run arch [-- --root DIR]`: prints the architecture figures of docs/architecture.md for a
 * source tree (this one by default), each with its target from issue 15.
 */
import { resolve } from 'node:path';
import { measure } from './arch/measure';

const at = process.argv.indexOf('--root');
const root = resolve(at > 0 ? (process.argv[at + 1] ?? '.') : '.');
const f = measure(root);
const rows: [string, number | string, string][] = [
  ['import → table → map trace (files in docs/architecture.md)', f.trace.files.length + (f.trace.missing.length ? ` (${f.trace.missing.length} missing)` : ''), '≤ 20'],
  ['.prepare( outside repository files and src-main/db/', f.prepareOutsideRepositories.length, '0'],
  ['tables whose SQL is in more than one domain', Object.keys(f.tablesInSeveralDomains).length, '0'],
  ['hand-written fetch effects (let cancelled) in the renderer', f.fetchEffects.length, '0'],
  ['polling loops (setInterval) in the renderer', f.pollingLoops.length, '0'],
  ['imports between renderer screens', f.screenImports.length, '0'],
  ['Filter type definitions', f.filterTypeDefinitions.length, '1'],
  ['  of which written by hand (not z.infer of the schema)', f.handWrittenFilterTypes.length, '0'],
  ['casts at the contract boundary', f.boundaryCasts.length, '0'],
  ['citations of documents outside the repo', f.externalCitations.length, '0'],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Architecture figures for ${root}`);
for (const [label, value, target] of rows) console.log(`  ${label.padEnd(width)}  ${String(value).padStart(6)}   target ${target}`);
const details: [string, string[]][] = [
  ['prepare outside repositories', f.prepareOutsideRepositories],
  ['tables in several domains', Object.entries(f.tablesInSeveralDomains).map(([t, d]) => `${t}: ${d.join(', ')}`)],
  ['fetch effects', f.fetchEffects],
  ['polling loops', f.pollingLoops],
  ['screen imports', f.screenImports],
  ['Filter definitions', f.filterTypeDefinitions],
  ['boundary casts', f.boundaryCasts],
  ['external citations', f.externalCitations],
];
if (process.argv.includes('--details')) {
  for (const [label, list] of details) if (list.length) console.log(`\n${label}:\n  ${list.join('\n  ')}`);
}
