/**
 * `regioscan publish` (issue 18): exit codes, what the folder holds (a page that needs no other file,
 * its CSP, the manifest, the template), replacing an earlier publication, refusing a folder that is
 * not one, and privacy by default — every file of the output, the workbook's parts unpacked, is
 * searched for the private values the fixture planted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { createHash } from 'node:crypto';
import { tempDir } from '../helpers/db';
import { EXTRA, PRIVATE, publishedText, siteDataOf, writePlantedScan } from '../helpers/publish-fixture';

const cli = runCli;

const PLANTED = [PRIVATE.contactPerson, PRIVATE.phone, PRIVATE.initiativeNote, PRIVATE.scanNotes, PRIVATE.performedBy, PRIVATE.scanSource, String(PRIVATE.reach), PRIVATE.sourceFile, EXTRA.contact, EXTRA.note];

function found(folder: string, values: readonly string[]): string[] {
  const hits: string[] = [];
  for (const { file, text } of publishedText(folder)) for (const v of values) if (text.includes(v)) hits.push(`${v} in ${file}`);
  return hits;
}

function folderState(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')]));
}

describe('regioscan publish', () => {
  const dir = tempDir('regioscan-publish-');
  const db = join(dir, 'regioscan.sqlite');
  let scanId: number;
  let activities: number;
  let initiatives: number;

  beforeAll(async () => {
    const conn = await openDatabase(db);
    scanId = writePlantedScan(conn);
    activities = (conn.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n;
    initiatives = (conn.prepare('SELECT count(*) AS n FROM initiative').get() as { n: number }).n;
    conn.close();
  });

  it('writes index.html, manifest.json and the template, and says where', async () => {
    const out = join(dir, 'site');
    const res = await cli(['publish', '--db', db, '--out', out, '--contact', 'aanmelden@provincie.example']);
    expect(res.code, res.err).toBe(0);
    expect(res.err).toBe('');
    expect(res.out).toContain(join(out, 'index.html'));
    expect(res.out).toMatch(new RegExp(`Published ${initiatives} initiatives and ${activities} activities`));
    expect(readdirSync(out).sort()).toEqual(['index.html', 'manifest.json', 'regioscan-sjabloon.xlsx']);
    const template = XLSX.read(readFileSync(join(out, 'regioscan-sjabloon.xlsx')), { type: 'buffer' });
    expect(template.SheetNames).toContain('Toelichting');
  });

  it('writes a page that asks for no other file: one classic inline script, its data inline, a CSP by hash without frame-ancestors', async () => {
    const out = join(dir, 'page');
    expect((await cli(['publish', '--db', db, '--out', out])).code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const code = scripts.filter((s) => !/type="application\/json"/.test(s[1]!));
    expect(code).toHaveLength(1);
    expect(code[0]![1]).toBe('');
    expect(html).not.toMatch(/type=["']?module/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|preload|modulepreload)"/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;|&apos;/g, "'");
    expect(csp).not.toContain('frame-ancestors');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:/);
    const hash = `'sha256-${createHash('sha256').update(code[0]![2]!, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash}`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
    // Every name is in the data, and the page links no other origin.
    const data = siteDataOf(html);
    expect(data.initiatives).toHaveLength(initiatives);
    expect(data.activities).toHaveLength(activities);
    expect(html.match(/(?:src|href)="(?!data:|#)[^"]*"/g) ?? []).toEqual([]);
  });

  it('publishes only the public fields by default: no planted private value in any file', async () => {
    const out = join(dir, 'private');
    expect((await cli(['publish', '--db', db, '--out', out])).code).toBe(0);
    expect(found(out, PLANTED)).toEqual([]);
    // The search can find: public values are there.
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const data = siteDataOf(html);
    expect(found(out, [data.initiatives[0]!.name])).not.toEqual([]);
    expect(data.fields).toEqual([]);
    expect(data.activities.some((a) => a.reach !== undefined || a.startYear !== undefined || a.extra !== undefined)).toBe(false);
    expect(data.scans.some((s) => s.notes !== undefined)).toBe(false);
  });

  it('publishes what --fields names, and only that', async () => {
    const out = join(dir, 'fields');
    const res = await cli(['publish', '--db', db, '--out', out, '--fields', `${EXTRA.contact},reach`, '--fields', 'notes']);
    expect(res.code, res.err).toBe(0);
    expect(found(out, [PRIVATE.contactPerson, String(PRIVATE.reach), PRIVATE.scanNotes, PRIVATE.performedBy, PRIVATE.scanSource]).length).toBeGreaterThanOrEqual(5);
    expect(found(out, [PRIVATE.phone, PRIVATE.initiativeNote, PRIVATE.sourceFile])).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { fields: { optional: string[] } };
    expect(manifest.fields.optional).toEqual(['reach', 'notes', EXTRA.contact]);
    const all = join(dir, 'all-extra');
    expect((await cli(['publish', '--db', db, '--out', all, '--fields', 'extra'])).code).toBe(0);
    expect(found(all, [PRIVATE.phone, PRIVATE.initiativeNote]).length).toBeGreaterThanOrEqual(2);
    // The source file's name is nowhere, whatever is asked for.
    expect(found(all, [PRIVATE.sourceFile])).toEqual([]);
  });

  it('refuses a field that does not exist, naming the fields there are (exit 1)', async () => {
    const out = join(dir, 'nofield');
    const res = await cli(['publish', '--db', db, '--out', out, '--fields', 'wachtwoord']);
    expect(res.code).toBe(1);
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(res.err).toContain("'wachtwoord'");
    expect(res.err).toContain(`'${EXTRA.contact}'`);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a manifest with the scans, counts, fields and time of generation', async () => {
    const out = join(dir, 'manifest');
    const before = Date.now();
    expect((await cli(['publish', '--db', db, '--out', out, '--english', '--title', 'Digital help in the North', '--where', 'type=Werken met studenten'])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const conn = await openDatabase(db);
    const wms = conn.prepare(`SELECT count(*) AS n, count(DISTINCT a.initiative_id) AS i FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id WHERE dv.dimension = 'type' AND dv.code = 'werken-met-studenten'`).get() as { n: number; i: number };
    conn.close();
    expect(manifest).toMatchObject({
      kind: 'regioscan-publication',
      title: 'Digital help in the North',
      language: 'en',
      scans: [{ id: scanId, label: 'Noord-Nederland 2022', initiatives: wms.i, activities: wms.n }],
      counts: { initiatives: wms.i, activities: wms.n },
      fields: { optional: [] },
      files: ['index.html', 'regioscan-sjabloon.xlsx', 'manifest.json'],
    });
    expect(manifest.fields.public).toContain('organisations');
    expect(manifest.filter.en).toContain('Working with students');
    expect(Date.parse(manifest.generatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(manifest.generatedAt)).toBeLessThanOrEqual(Date.now());
    const data = siteDataOf(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(data.language).toBe('en');
    expect(data.activities).toHaveLength(wms.n);
  });

  it('replaces an earlier publication, leaving files the web team added', async () => {
    const out = join(dir, 'again');
    expect((await cli(['publish', '--db', db, '--out', out])).code).toBe(0);
    writeFileSync(join(out, '.htaccess'), 'Header set X-Frame-Options DENY\n');
    // An earlier publication with a file this one no longer writes.
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    writeFileSync(join(out, 'old-logo.svg'), '<svg/>');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, files: [...manifest.files, 'old-logo.svg', '../escape.txt'] }));
    writeFileSync(join(dir, 'escape.txt'), 'not the site’s');
    const res = await cli(['publish', '--db', db, '--out', out, '--title', 'Tweede versie']);
    expect(res.code, res.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.htaccess', 'index.html', 'manifest.json', 'regioscan-sjabloon.xlsx']);
    expect(existsSync(join(dir, 'escape.txt'))).toBe(true);
    expect(siteDataOf(readFileSync(join(out, 'index.html'), 'utf8')).title).toBe('Tweede versie');
  });

  it('refuses a folder that holds other files and is no publication, and touches none of them (exit 2)', async () => {
    const out = join(dir, 'documents');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<p>my own page</p>');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const before = folderState(out);
    const res = await cli(['publish', '--db', db, '--out', out]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/^regioscan publish: De map .* is niet leeg en bevat geen eerdere publicatie/);
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(folderState(out)).toEqual(before);
    // A manifest that is not Regioscan's is no publication either.
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ name: 'my web app', files: ['notes.txt'] }));
    expect((await cli(['publish', '--db', db, '--out', out])).code).toBe(2);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    // A file where the folder should be.
    expect((await cli(['publish', '--db', db, '--out', join(out, 'notes.txt')])).code).toBe(2);
  });

  it('exits 1 for wrong words and 2 when there is nothing to publish', async () => {
    const noOut = await cli(['publish', '--db', db]);
    expect(noOut.code).toBe(1);
    expect(noOut.err).toContain('--out');
    expect((await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--no-such'])).code).toBe(1);
    expect((await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--scan', '999'])).code).toBe(1);
    expect((await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--where', 'sector=Zzz'])).code).toBe(1);
    const contact = await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--contact', 'niet een adres']);
    expect(contact.code).toBe(1);
    expect(contact.err).toContain('e-mailadres');
    expect((await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--title', 'x'.repeat(121)])).code).toBe(1);
    const empty = await cli(['publish', '--db', db, '--out', join(dir, 'x'), '--text', 'zzzqqqxyz']);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('niets te publiceren');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('--json prints the folder, the files and the summary', async () => {
    const out = join(dir, 'json');
    const res = await cli(['publish', '--db', db, '--out', out, '--json']);
    expect(res.code, res.err).toBe(0);
    const result = JSON.parse(res.out);
    expect(result.folder).toBe(out);
    expect(result.files).toEqual(['index.html', 'regioscan-sjabloon.xlsx', 'manifest.json']);
    expect(result.summary.counts).toMatchObject({ initiatives, activities });
    expect(result.summary.available).toEqual(['reach', 'startYear', 'notes', 'extra', EXTRA.contact, EXTRA.phone, EXTRA.note]);
  });
});
