/** Link decisions are change groups (origin `link`): recorded in the history and undone by `regioscan undo` (docs/links.md). */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkViewSchema } from '../../src-shared/links';
import { scansInFile } from '../helpers/link-fixture';
import { ZEELAND_2020, ZEELAND_2022 } from '../helpers/link-scans';
import { cliOn } from '../helpers/run-cli';

describe('link decisions in the history', () => {
  let file = '';
  let scans: number[] = [];
  let cli: ReturnType<typeof cliOn>;
  beforeEach(async () => {
    ({ file, ids: scans } = await scansInFile('links-history.sqlite', ZEELAND_2020, ZEELAND_2022));
    cli = cliOn(file);
  });
  const links = async (extra: string[] = []) => {
    const r = await cli(['links', '--from', String(scans[0]), '--to', String(scans[1]), '--json', ...extra]);
    expect(r.code, r.err).toBe(0);
    return linkViewSchema.array().parse(JSON.parse(r.out));
  };
  const historyJson = async () => JSON.parse((await cli(['history', '--json'])).out) as { origin: string; field: string; old: unknown; new: unknown }[];

  it('link is recorded with origin link, and undo puts the proposal back; redo confirms it again', async () => {
    const hub = (await links()).find((l) => l.status === 'proposed' && l.from.name === 'Smart Industry Hub')!;
    expect(hub).toBeDefined();
    expect((await cli(['link', String(hub.from.id), String(hub.to.id)])).code).toBe(0);
    const after = (await links()).find((l) => l.from.id === hub.from.id && l.to.id === hub.to.id)!;
    expect(after.status).toBe('confirmed');
    const entry = (await historyJson()).find((e) => e.origin === 'link')!;
    expect(entry).toMatchObject({ field: `initiative[${hub.from.id}].link`, old: null, new: `confirmed: ${hub.from.id} → ${hub.to.id}` });

    const undone = await cli(['undo']);
    expect(undone.code, undone.err).toBe(0);
    expect(undone.out).toMatch(/Undid change group \d+ \(link: Smart Industry Hub → Smart Industry Hub Zeeland \(confirmed\)/);
    expect((await links()).find((l) => l.from.id === hub.from.id && l.to.id === hub.to.id)!.status).toBe('proposed');

    expect((await cli(['redo'])).code).toBe(0);
    expect((await links()).find((l) => l.from.id === hub.from.id && l.to.id === hub.to.id)!.status).toBe('confirmed');
  });

  it('a decision changed twice is undone one decision at a time (unlink after link → confirmed again)', async () => {
    const auto = (await links()).find((l) => l.status === 'auto')!;
    expect((await cli(['link', String(auto.from.id), String(auto.to.id)])).code).toBe(0);
    expect((await cli(['unlink', String(auto.from.id), String(auto.to.id)])).code).toBe(0);
    const status = async () => (await links()).find((l) => l.from.id === auto.from.id && l.to.id === auto.to.id)!.status;
    expect(await status()).toBe('rejected');
    const entries = (await historyJson()).filter((e) => e.origin === 'link');
    // The re-decision deletes the pair's row and inserts the new one: one entry, old → new.
    expect(entries.at(-1)).toMatchObject({ old: `confirmed: ${auto.from.id} → ${auto.to.id}`, new: `rejected: ${auto.from.id} → ${auto.to.id}` });
    expect((await cli(['undo'])).code).toBe(0);
    expect(await status()).toBe('confirmed');
    expect((await cli(['undo'])).code).toBe(0);
    expect(await status()).toBe('auto');
    // Nothing more to undo but the imports, which stop it.
    const third = await cli(['undo']);
    expect(third.code).toBe(2);
  });

  it('an activity decision is recorded under the activity and undone too', async () => {
    const acts = await links(['--activity']);
    const pair = acts[0]!;
    expect((await cli(['unlink', '--activity', String(pair.from.id), String(pair.to.id)])).code).toBe(0);
    expect((await links(['--activity'])).find((l) => l.from.id === pair.from.id && l.to.id === pair.to.id)!.status).toBe('rejected');
    const history = JSON.parse((await cli(['history', String(pair.from.id), '--json'])).out) as { origin: string; field: string }[];
    expect(history.map((e) => [e.origin, e.field])).toContainEqual(['link', 'link']);
    expect((await cli(['undo'])).code).toBe(0);
    expect((await links(['--activity'])).find((l) => l.from.id === pair.from.id && l.to.id === pair.to.id)!.status).toBe(pair.status);
  });

  it('a refused decision records nothing', async () => {
    const before = (await historyJson()).length;
    const r = await cli(['link', String(scans[0]! * 100000), '1']);
    expect(r.code).toBe(2);
    expect((await historyJson()).length).toBe(before);
  });
});
