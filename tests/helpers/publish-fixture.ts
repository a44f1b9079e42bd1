/**
 * A scan for publishing tests: the bundled sample's data with private values planted where a real
 * scan keeps them — extra columns of the import (a contact person and phone number per activity, an
 * internal note per initiative), the scan's notes, who performed it and its source, a reach figure,
 * and the source file's name. Every planted value is plain ASCII, so it is the same text in HTML,
 * JSON and the workbook.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import type { ScanData } from '../../src-main/workbook/scan-data';
import { SITE_DATA_ELEMENT, type SiteData } from '../../src-shared/site-model';
import { buildSampleScan } from '../../scripts/sample/build';

export const PRIVATE = {
  contactPerson: 'Jan Geheimhouder',
  phone: '0612398765',
  initiativeNote: 'VERTROUWELIJK-NOTITIE-7731',
  scanNotes: 'SCANNOTITIE-GEHEIM-5521',
  performedBy: 'ONDERZOEKER-GEHEIM-8812',
  scanSource: 'BRON-GEHEIM-4410',
  reach: 987654,
  sourceFile: 'geheim-bronbestand-3391.xlsx',
} as const;

/** Header names of the planted extra columns. */
export const EXTRA = { contact: 'Contactpersoon', phone: 'Telefoon', note: 'Interne notitie' } as const;

export function plantedScan(): ScanData {
  const data = buildSampleScan();
  data.scan = { ...data.scan, notes: PRIVATE.scanNotes, performedBy: PRIVATE.performedBy, source: PRIVATE.scanSource };
  data.activities = data.activities.map((a, i) => ({
    ...a,
    extra: [
      { name: EXTRA.contact, value: `${PRIVATE.contactPerson} ${i}` },
      { name: EXTRA.phone, value: PRIVATE.phone },
    ],
    ...(i === 0 ? { reach: PRIVATE.reach, reachUnit: 'ondernemingen', reachSource: 'evaluatierapport' } : {}),
  }));
  data.initiatives = data.initiatives.map((x) => ({ ...x, extra: [{ name: EXTRA.note, value: PRIVATE.initiativeNote }] }));
  return data;
}

export function writePlantedScan(db: Db): number {
  return writeScan(db, plantedScan(), [], { fileName: PRIVATE.sourceFile, sha256: 'ab'.repeat(32) }).scanId;
}

/** Every file under a folder, with a workbook's (zip's) parts unpacked: the text a grep of the output sees. */
export function publishedText(folder: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      out.push(...publishedText(path));
      continue;
    }
    const bytes = readFileSync(path);
    out.push({ file: path, text: bytes.toString('utf8') });
    if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
      const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
      zip.FileIndex.forEach((entry: { content?: unknown }, i: number) => {
        const content = entry.content as Uint8Array | undefined;
        if (content && content.length > 0) out.push({ file: `${path}:${zip.FullPaths[i]}`, text: Buffer.from(content).toString('utf8') });
      });
    }
  }
  return out;
}

/** The data a published index.html carries. */
export function siteDataOf(html: string): SiteData {
  const m = new RegExp(`<script type="application/json" id="${SITE_DATA_ELEMENT}">([\\s\\S]*?)</script>`).exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]!) as SiteData;
}
