/**
 * The factsheet of the bundled sample scan, for the README: writes the PDF (default
 * tmp/factsheet-sample.pdf, or the path given) and renders its first page to
 * docs/factsheet-page1.png with poppler's pdftoppm. Dated 3 December 2026, so it is reproducible.
 *
 *   npx tsx scripts/report/factsheet-sample.ts [OUT.pdf] [--english]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase } from '../../src-main/db/open';
import { emptyFilter } from '../../src-shared/filter';
import { buildFactsheet } from '../../src-main/report';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import';
import { packageVersion, REPO_ROOT } from '../../src-main/version';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? join(REPO_ROOT, 'tmp', 'factsheet-sample.pdf');
const db = await openDatabase(':memory:');
const scan = await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
if (scan === undefined) throw new Error('The sample scan did not load.');
const sheet = await buildFactsheet(db, { filter: emptyFilter([scan]), lang: args.includes('--english') ? 'en' : 'nl' }, { date: new Date(Date.UTC(2026, 11, 3)), version: packageVersion() });
db.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, sheet.bytes);
console.log(`${out}: ${sheet.pages} pages, ${sheet.bytes.length} bytes`);

const png = join(REPO_ROOT, 'docs', 'factsheet-page1');
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', out, png]);
console.log(`${png}.png: ${statSync(`${png}.png`).size} bytes`);
