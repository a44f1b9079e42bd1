/**
 * Writes the Noord-Nederland sample scan to data/regioscan-noord-nederland-2022.xlsx:
 *   npx tsx scripts/sample/generate.ts
 * The file is byte-for-byte the same on every run. The build checks every published figure and throws
 * (writing nothing) if one is off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geographyMoves, writeSampleWorkbook } from './build';

export { buildSampleScan, checkSampleScan, writeSampleWorkbook } from './build';

export const SAMPLE_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'regioscan-noord-nederland-2022.xlsx');

function main(): void {
  const bytes = writeSampleWorkbook();
  mkdirSync(dirname(SAMPLE_FILE), { recursive: true });
  writeFileSync(SAMPLE_FILE, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`${relative(process.cwd(), SAMPLE_FILE)}: ${bytes.length} bytes, sha256 ${sha256}`);
  const moved = geographyMoves();
  if (moved > 0) console.log(`Note: ${moved} activities got a geography other than their preferred one.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
