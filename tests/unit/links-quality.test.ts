/**
 * The linker on generated scan pairs whose truth the test knows (scripts/sample/scan-pair.ts):
 * unchanged names and changes in form only are linked automatically and never wrongly; renames,
 * merges and splits are proposed with a precision and recall the test measures and prints.
 */
import { describe, expect, it } from 'vitest';
import { listLinks } from '../../src-main/links';
import type { LinkView } from '../../src-shared/links';
import { memoryDb } from '../helpers/db';
import { loadScanPair, type LoadedPair } from '../helpers/link-fixture';

const SEEDS = [11, 23, 37, 41, 59, 61, 73, 89];

interface Tally {
  autoRight: number;
  autoWrong: number;
  /** Truth pairs that should be automatic (same or form-only) and are. */
  autoExpected: number;
  autoFound: number;
  proposedRight: number;
  proposedWrong: number;
  /** Truth pairs that need a proposal (renamed, rebranded, merged, split) and how many got one. */
  toPropose: number;
  proposedFound: number;
  byFate: Map<string, { truth: number; found: number }>;
}

function tally(pair: LoadedPair, links: LinkView[], into: Tally): void {
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const truth = new Map(pair.truth.map((t) => [key(t.from, t.to), t]));
  const found = new Map(links.map((l) => [key(l.from.name, l.to.name), l]));
  for (const l of links) {
    const right = truth.has(key(l.from.name, l.to.name));
    if (l.status === 'auto') {
      if (right) into.autoRight++;
      else into.autoWrong++;
    } else if (right) into.proposedRight++;
    else into.proposedWrong++;
  }
  for (const t of pair.truth) {
    const l = found.get(key(t.from, t.to));
    const fate = into.byFate.get(t.fate) ?? { truth: 0, found: 0 };
    fate.truth++;
    if (l) fate.found++;
    into.byFate.set(t.fate, fate);
    if (t.fate === 'same' || t.fate === 'form') {
      into.autoExpected++;
      if (l?.status === 'auto') into.autoFound++;
    } else {
      into.toPropose++;
      if (l) into.proposedFound++;
    }
  }
}

describe('linking generated scan pairs', () => {
  it('links same and form-only names automatically, and proposes renames, merges and splits with measured precision and recall', async () => {
    const t: Tally = { autoRight: 0, autoWrong: 0, autoExpected: 0, autoFound: 0, proposedRight: 0, proposedWrong: 0, toPropose: 0, proposedFound: 0, byFate: new Map() };
    for (const seed of SEEDS) {
      const db = await memoryDb();
      const pair = loadScanPair(db, seed);
      tally(pair, listLinks(db, pair.fromScan, pair.toScan), t);
      db.close();
    }
    const precision = t.proposedRight / (t.proposedRight + t.proposedWrong);
    const recall = t.proposedFound / t.toPropose;
    const overallPrecision = (t.autoRight + t.proposedRight) / (t.autoRight + t.autoWrong + t.proposedRight + t.proposedWrong);
    const overallRecall = (t.autoFound + t.proposedFound) / (t.autoExpected + t.toPropose);
    console.log(
      `links on ${SEEDS.length} generated pairs (sample scan, 33 initiatives): automatic ${t.autoFound}/${t.autoExpected} expected, ${t.autoWrong} wrong; ` +
        `proposals precision ${precision.toFixed(3)} (${t.proposedRight}/${t.proposedRight + t.proposedWrong}), recall ${recall.toFixed(3)} (${t.proposedFound}/${t.toPropose}); ` +
        `all links precision ${overallPrecision.toFixed(3)}, recall ${overallRecall.toFixed(3)}; per fate ${[...t.byFate].map(([f, v]) => `${f} ${v.found}/${v.truth}`).join(', ')}`,
    );
    expect(t.autoExpected).toBeGreaterThan(150);
    expect(t.toPropose).toBeGreaterThan(30);
    expect(t.autoFound).toBe(t.autoExpected);
    expect(t.autoWrong).toBe(0);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
