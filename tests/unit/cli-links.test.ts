/** `regioscan links`, `link`, `unlink` and `changes` on a real database file (docs/links.md). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { changeReportSchema, linkViewSchema } from '../../src-shared/links';
import { tempDir, TEST_ENV } from '../helpers/db';
import { scansInFile } from '../helpers/link-fixture';
import { ZEELAND_2020, ZEELAND_2022, ZEELAND_2024 } from '../helpers/link-scans';

const cli = runCli;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('regioscan links, link, unlink, changes', () => {
  let db = '';
  let scans: number[] = [];
  beforeEach(async () => {
    ({ file: db, ids: scans } = await scansInFile('links.sqlite', ZEELAND_2020, ZEELAND_2022, ZEELAND_2024));
  });
  const links = async (from = scans[0]!, to = scans[1]!, extra: string[] = []) => {
    const r = await cli(['links', '--db', db, '--from', String(from), '--to', String(to), '--json', ...extra]);
    expect(r.code, r.err).toBe(0);
    return linkViewSchema.array().parse(JSON.parse(r.out));
  };

  it('links --json lists {from, to, score, reasons, status} with exactly those keys, automatic links first', async () => {
    const list = await links();
    expect(list.length).toBeGreaterThan(5);
    const raw = JSON.parse((await cli(['links', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--json'])).out) as Record<string, unknown>[];
    for (const l of raw) {
      expect(Object.keys(l).sort()).toEqual(['from', 'reasons', 'score', 'status', 'to']);
      expect(Object.keys(l.from as object).sort()).toEqual(['id', 'name']);
    }
    expect(list[0]!.status).toBe('auto');
    expect(new Set(list.map((l) => l.status))).toEqual(new Set(['auto', 'proposed']));
    // The ids are the graph's node ids.
    const graph = JSON.parse((await cli(['graph', '--db', db, '--scan', String(scans[0]), '--json'])).out) as { nodes: { id: number; label?: string }[] };
    for (const l of list) expect(graph.nodes.map((n) => n.id)).toContain(l.from.id);
    const text = await cli(['links', '--db', db, '--from', String(scans[0]), '--to', String(scans[1])]);
    expect(text.out).toMatch(/^proposed +0\.\d+ +\d+ Smart Industry Hub → \d+ Smart Industry Hub Zeeland/m);
  });

  it('link confirms and unlink rejects a link; both are kept and listed', async () => {
    const hub = (await links()).find((l) => l.from.name === 'Smart Industry Hub')!;
    const r = await cli(['link', '--db', db, String(hub.from.id), String(hub.to.id)]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Smart Industry Hub → Smart Industry Hub Zeeland');
    expect((await links()).find((l) => l.from.id === hub.from.id && l.to.id === hub.to.id)?.status).toBe('confirmed');
    const cyber = (await links()).find((l) => l.from.name === 'Cyberweerbaar Zeeland')!;
    expect((await cli(['unlink', '--db', db, String(cyber.from.id), String(cyber.to.id)])).code).toBe(0);
    expect((await links()).find((l) => l.from.id === cyber.from.id)?.status).toBe('rejected');
    const report = changeReportSchema.parse(JSON.parse((await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--json'])).out));
    expect(report.initiatives.renamed.map((p) => p.from.name)).toEqual(['Smart Industry Hub']);
    // Rejected: the 2022 one is new, and the 2020 one, linked to its 2024 namesake, is absent in 2022 (a gap).
    expect(report.initiatives.new.map((i) => i.name)).toContain('Cyberweerbaar Zeeland');
    expect(report.initiatives.stopped.map((i) => i.name)).not.toContain('Cyberweerbaar Zeeland');
    expect(report.initiatives.gap.filter((g) => g.name === 'Cyberweerbaar Zeeland').map((g) => [g.kind, g.seenIn.label])).toEqual([['absent', 'Zeeland 2024']]);
  });

  it('link --activity confirms a link between two activities, and links --activity lists them', async () => {
    const acts = await links(scans[0], scans[1], ['--activity']);
    const open = acts.find((l) => l.from.name === 'Open lab')!;
    expect(open.status).toBe('auto');
    expect((await cli(['unlink', '--activity', '--db', db, String(open.from.id), String(open.to.id)])).code).toBe(0);
    expect((await links(scans[0], scans[1], ['--activity'])).find((l) => l.from.id === open.from.id)?.status).toBe('rejected');
    const maakdag = acts.find((l) => l.from.name === 'Maakdag')!;
    // Open lab (2020) to Maakdag (2022): not proposed, confirmed by hand.
    const r = await cli(['link', '--activity', '--db', db, String(open.from.id), String(maakdag.to.id), '--json']);
    expect(r.code, r.err).toBe(0);
    expect(linkViewSchema.parse(JSON.parse(r.out)).status).toBe('confirmed');
  });

  it('changes --json gives the report, and takes the filter options', async () => {
    const r = await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json).sort()).toEqual(['activities', 'dimensions', 'from', 'initiatives', 'jaccard', 'organisations', 'reach', 'to']);
    expect(Object.keys(json.initiatives!).sort()).toEqual(['continued', 'gap', 'merged', 'new', 'renamed', 'split', 'stopped']);
    expect(Object.keys(json.reach!).sort()).toEqual(['from', 'knownFrom', 'knownTo', 'to']);
    expect(Object.keys(json.organisations!).sort()).toEqual(['continued', 'gone', 'new']);
    const report = changeReportSchema.parse(json);
    expect(report.initiatives.gap.map((g) => g.name)).toEqual(['Haven Innovatie Lab']);
    expect(report.dimensions.type!.every((v) => Object.keys(v).sort().join() === 'code,from,label,to')).toBe(true);
    // The same report as the app's channel.
    const conn = await openDatabase(db);
    const viaApp = await dispatch(conn, 'links.changes', { from: scans[0]!, to: scans[1]!, filter: { version: 1, scans: [], conditions: [], text: '', includeSubRegions: true } }, TEST_ENV);
    conn.close();
    expect(viaApp).toEqual({ ok: true, value: report });
    const filtered = changeReportSchema.parse(JSON.parse((await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--where', 'type=onderwijs-professionals', '--json'])).out));
    // Unreviewed, the renamed hub is not linked yet: its course stopped in 2020 and two are new in 2022.
    expect(filtered.activities).toEqual({ new: 2, stopped: 1, continued: 0 });
    expect(filtered.initiatives.new.map((i) => i.name)).toEqual(['Nieuwe Ondernemers Academie', 'Smart Industry Hub Zeeland']);
    const text = await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1])]);
    expect(text.out).toContain('Zeeland 2020 → Zeeland 2022');
    expect(text.out).toMatch(/gap +Haven Innovatie Lab \(back in Zeeland 2024\)/);
  });

  it('changes --out writes the report as .xlsx for a meeting, Dutch by default', async () => {
    const hub = (await links()).find((l) => l.from.name === 'Smart Industry Hub')!;
    await cli(['link', '--db', db, String(hub.from.id), String(hub.to.id)]);
    const out = join(tempDir(), 'ontwikkeling.xlsx');
    const r = await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--out', out]);
    expect(r.code, r.err).toBe(0);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['Samenvatting', 'Initiatieven', 'Dimensies', 'Organisaties']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 });
    expect(rows('Initiatieven')).toContainEqual(['hernoemd', 'Smart Industry Hub', 'Smart Industry Hub Zeeland']);
    expect(rows('Initiatieven')).toContainEqual(['tijdelijk afwezig (Zeeland 2024)', 'Haven Innovatie Lab']);
    expect(rows('Dimensies')).toContainEqual(['Type activiteit', 'workshops', 'Workshops & kennisevents', 9, 7, -2]);
    expect(rows('Samenvatting')).toContainEqual(['Initiatieven hernoemd', 1]);
    expect(rows('Organisaties')).toContainEqual(['nieuw', 'Kamer van Koophandel']);
    const english = join(tempDir(), 'changes.xlsx');
    expect((await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--out', english, '--english'])).code).toBe(0);
    expect(XLSX.read(readFileSync(english)).SheetNames).toEqual(['Summary', 'Initiatives', 'Dimensions', 'Organisations']);
    expect((await cli(['changes', '--db', db, '--from', String(scans[0]), '--to', String(scans[1]), '--out', 'x.csv'])).code).toBe(1);
  });

  it('bad ids: one sentence in the database language, exit 2, the file unchanged', async () => {
    const before = sha(db);
    const list = await links();
    for (const args of [
      ['link', '9999', String(list[0]!.to.id)],
      ['unlink', String(list[0]!.from.id), 'abc'],
      ['link', String(list[0]!.from.id), String(list[1]!.from.id)],
      ['link', '--activity', '1', '99999'],
      ['links', '--from', String(scans[0]), '--to', '9999'],
      ['links', '--from', String(scans[0]), '--to', String(scans[0])],
      ['changes', '--from', 'x', '--to', String(scans[1])],
    ]) {
      const r = await cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^regioscan \w+: [A-Z].*(bestaat niet|geheel getal|dezelfde scan|verschillende scans)/);
      expect(r.out).toBe('');
    }
    expect(sha(db)).toBe(before);
    const usage = await cli(['link', '--db', db, '1']);
    expect(usage.code).toBe(1);
    expect((await cli(['links', '--db', db, '--from', '1'])).code).toBe(1);
    const conn = await openDatabase(db);
    await dispatch(conn, 'settings.set', { language: 'en' }, TEST_ENV);
    conn.close();
    const english = await cli(['link', '--db', db, '9999', String(list[0]!.to.id)]);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(/^regioscan link: Initiative 9999 does not exist/);
  });
});

describe('regioscan changes --gexf', () => {
  it('writes a GEXF timeline: a span of scan years per initiative, organisation and tie, which Gephi (graphology) reads', async () => {
    const { file: db, ids: [from, to] } = await scansInFile('gexf.sqlite', ZEELAND_2020, ZEELAND_2022, ZEELAND_2024);
    // The reviewer confirms the merge and the split, and leaves the hub's rename unreviewed.
    const proposals = linkViewSchema.array().parse(JSON.parse((await cli(['links', '--db', db, '--from', String(from), '--to', String(to), '--json'])).out));
    for (const l of proposals.filter((x) => /^(Zorg|Agri)/.test(x.from.name))) expect((await cli(['link', '--db', db, String(l.from.id), String(l.to.id)])).code).toBe(0);
    const out = join(tempDir(), 'ontwikkeling.gexf');
    const r = await cli(['changes', '--db', db, '--from', String(from), '--to', String(to), '--gexf', out]);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    const graph = parseGexf(MultiUndirectedGraph, text);
    const byLabel = new Map<string, string>();
    graph.forEachNode((key, a) => byLabel.set(String(a.label), key));
    // Unreviewed: the hub's rename is only proposed, so the 2020 hub stopped and the 2022 one is new.
    const spellOf = (label: string) => new RegExp(`<node id="[^"]+" label="${label}">.*?<spells>(.*?)</spells>`).exec(text)?.[1];
    expect(spellOf('Smart Industry Hub')).toBe('<spell start="2020" end="2021"/>');
    expect(spellOf('Smart Industry Hub Zeeland')).toBe('<spell start="2022" end="2022"/>');
    expect(spellOf('Cyberweerbaar Zeeland')).toBe('<spell start="2020" end="2022"/>');
    expect(spellOf('Agri Data Zeeland Noord \\+ Agri Data Zeeland Zuid')).toBe('<spell start="2020" end="2022"/>');
    expect(spellOf('Kamer van Koophandel')).toBe('<spell start="2022" end="2022"/>');
    expect(text).toMatch(/label="Zorg Digitaal Zeeland"><attvalues><attvalue for="kind" value="initiative"\/><attvalue for="change" value="merged"\/>/);
    expect(graph.getNodeAttribute(byLabel.get('Nieuwe Ondernemers Academie')!, 'change')).toBe('new');
    // Every organisation–initiative tie is an edge with its own span.
    expect(graph.size).toBe((text.match(/<edge /g) ?? []).length);
    expect(graph.order).toBe((text.match(/<node /g) ?? []).length);
    expect((await cli(['changes', '--db', db, '--from', String(from), '--to', String(to), '--gexf', 'x.xml'])).code).toBe(1);
  });
});
