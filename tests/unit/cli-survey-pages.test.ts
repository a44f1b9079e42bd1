/** `regioscan survey create --out FILE.pdf`: the questionnaire as one printable A4 page per activity, read back with poppler. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTTLENECKS } from '../../src-shared/codebook';
import { literal, pdfFonts, pdfInfo, pdfText } from '../helpers/pdf-read';
import { tempDir } from '../helpers/db';
import { cliOn, importScan } from '../helpers/run-cli';
import { NOORD_NEDERLAND } from '../helpers/survey-fixture';

describe('regioscan survey create --out FILE.pdf', () => {
  const dir = tempDir();
  const db = join(dir, 'x.sqlite');
  const cli = cliOn(db);
  let scanId: number;
  let listed: { id: number; name: string; initiative: string; bottleneck: string[] }[];

  beforeAll(async () => {
    scanId = await importScan(db, NOORD_NEDERLAND);
    listed = JSON.parse((await cli(['list', '--scan', String(scanId), '--json'])).out) as typeof listed;
  });

  it('writes one A4 page per activity: initiative, activity, knelpunten 0–11 with boxes, the targeted ones marked, a Volgende stap line', async () => {
    const out = join(dir, 'vragenlijst.pdf');
    const run = await cli(['survey', 'create', '--scan', String(scanId), '--round', 'vooraf', '--out', out]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`${listed.length} activities, ${listed.length} pages`);
    const bytes = readFileSync(out);
    const info = pdfInfo(bytes);
    expect(Number(info.Pages)).toBe(listed.length);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(pdfFonts(bytes).map((f) => ({ family: f.name.replace(/^[A-Z]{6}\+/, ''), embedded: f.embedded }))).toEqual([
      { family: 'DejaVuSans', embedded: true },
      { family: 'DejaVuSans-Bold', embedded: true },
    ]);
    const pages = pdfText(bytes).split('\f');
    // Every page is one activity, found by the ID in its footer.
    for (const activity of listed.slice(0, 25)) {
      const page = pages.find((p) => p.includes(`Activiteit-ID ${activity.id} ·`))!;
      expect(page, `page of activity ${activity.id}`).toBeDefined();
      expect(page).toContain(`Initiatief: ${activity.initiative}`);
      expect(page).toContain('Ronde: vooraf');
      expect(page).toMatch(/1\s+2\s+3\s+4\s+5\s+n\.v\.t\./);
      expect(page).toContain('Volgende stap');
      for (const b of BOTTLENECKS) {
        const line = page.split('\n').find((l) => new RegExp(`(^|\\s)${literal(`${b.code}. ${b.nl}`)}\\s*$`).test(l));
        expect(line, `knelpunt ${b.code} on the page of ${activity.id}`).toBeDefined();
        // The mark stands in the targeted knelpunten's lines only.
        expect(line!.includes('●'), `mark of ${b.code} on ${activity.id}`).toBe(activity.bottleneck.includes(b.code));
      }
    }
  });

  it('writes English pages with --english, and refuses another extension in one sentence', async () => {
    const out = join(dir, 'questionnaire.pdf');
    const first = listed[0]!;
    const run = await cli(['survey', 'create', '--scan', String(scanId), '--english', '--out', out]);
    expect(run.code, run.err).toBe(0);
    const text = pdfText(readFileSync(out));
    expect(text).toContain('To what extent did taking part in this activity help to solve the bottleneck?');
    expect(text).toContain(`Activity ID ${first.id} ·`);
    const bad = await cli(['survey', 'create', '--scan', String(scanId), '--out', join(dir, 'x.docx')]);
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toContain('BESTAND.pdf');
  });
});
