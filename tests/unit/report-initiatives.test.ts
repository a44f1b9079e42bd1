/**
 * The printable list of initiatives (`regioscan report --initiatives`, `report.initiatives`): the
 * Doorverwijzen text names the region, every initiative under the filter is listed with the
 * organisations in the role Contactlegging met mkb'er on its matching activities (SQL as the
 * oracle), the fonts are embedded; read back with poppler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import type { ExportedFile } from '../../src-shared/model';
import { TEST_ENV } from '../helpers/db';
import { runCli } from '../helpers/run-cli';
import { sampleDbFileForBlock } from '../helpers/sample-db';
import { pdfFonts, pdfText } from '../helpers/pdf-read';
import { WMS } from '../helpers/published-figures';

describe('the printable list of initiatives', () => {
  const sample = sampleDbFileForBlock('regioscan-initiatives-');
  const cli = runCli;

  it('lists the nine Werken met studenten initiatives with their contact organisations and names the region', async () => {
    const out = join(sample.dir, 'wms.pdf');
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--where', 'type=werken-met-studenten', '--initiatives', '--date', '2026-12-03', '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Wrote a list of 9 initiatives \(1 pages?, \d+ KB\) to .+wms\.pdf\n$/);
    const bytes = readFileSync(out);
    const text = pdfText(bytes).replace(/[ \t]+/g, ' ');
    expect(text).toContain('Initiatieven om naar door te verwijzen');
    expect(text).toContain('Voor ondernemers in Noord-Nederland: deze 9 initiatieven passen bij uw vraag.');
    expect(text).toContain('Type activiteit is Werken met studenten · Scan Noord-Nederland 2022 — 9 activiteiten, 9 initiatieven');
    // In drawing order each row's cells come together: its name, website, contacts, activities.
    // (A line that wrapped after a hyphen is joined again: "Noord-" / "Nederland".)
    const flat = pdfText(bytes, 'raw').replace(/\s+/g, ' ').replace(/(\w)- (\w)/g, '$1-$2');
    const names = Object.keys(WMS).sort((a, b) => flat.indexOf(a) - flat.indexOf(b));
    const rowOf = (name: string) => flat.slice(flat.indexOf(name), names.indexOf(name) + 1 < names.length ? flat.indexOf(names[names.indexOf(name) + 1]!) : undefined);
    const db: Db = await openDatabase(sample.path);
    try {
      for (const name of names) {
        expect(flat, name).toContain(name);
        const contacts = db
          .prepare(`SELECT DISTINCT o.name FROM initiative i JOIN activity a ON a.initiative_id = i.id
            JOIN activity_value v ON v.activity_id = a.id JOIN dimension_value d ON d.id = v.value_id AND d.dimension = 'type' AND d.code = 'werken-met-studenten'
            JOIN provider p ON p.activity_id = a.id AND p.role = 'contact' JOIN organisation o ON o.id = p.organisation_id WHERE i.name = ?`)
          .all(name) as { name: string }[];
        for (const c of contacts) expect(rowOf(name), `${name}: ${c.name}`).toContain(c.name);
        if (contacts.length === 0) expect(rowOf(name), name).toContain('via de website');
      }
    } finally {
      db.close();
    }
    expect(flat.match(/via de website/g)?.length).toBeGreaterThan(0);
    expect(pdfFonts(bytes).every((f) => f.embedded)).toBe(true);
  });

  it('comes from the app as report.initiatives with a file name that says what is inside, in English when asked', async () => {
    const db = await openDatabase(sample.path);
    try {
      const filter = { ...emptyFilter([sample.scan]), conditions: [{ dimension: 'type' as const, mode: 'any' as const, values: ['werken-met-studenten'] }] };
      const res = await dispatch(db, 'report.initiatives', { filter, language: 'en' }, TEST_ENV);
      if (!res.ok) throw new Error(res.error.message.en);
      const file = res.value as ExportedFile;
      expect(file.fileName).toMatch(/^regioscan-initiatives-noord-nederland-2022-working-with-students-\d{4}-\d{2}-\d{2}\.pdf$/);
      const text = pdfText(Buffer.from(file.data!, 'base64'));
      expect(text).toContain('Initiatives to refer to');
      expect(text.replace(/\s+/g, ' ')).toContain('For entrepreneurs in Noord-Nederland: these 9 initiatives match your question.');
    } finally {
      db.close();
    }
  });

  it('refuses --compare with --initiatives in one sentence', async () => {
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--initiatives', '--compare', '2', '--out', join(sample.dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('regioscan report: --compare hoort bij de factsheet, niet bij de lijst van initiatieven (--initiatives).\n');
  });
});
