/**
 * String similarity for linking: Jaro-Winkler on single words, and a token-set similarity on whole
 * names (each word's best Jaro-Winkler partner in the other name, averaged both ways, as Monge and
 * Elkan proposed), so that a reordered or extended name still scores high.
 */
import { Interner } from '../../src-shared/interner';

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, la, lb) && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Similarity of two names given as normalised words: the mean of both directions' average best match. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  return new TokenSimilarity().tokens(a, b);
}

/** |A ∩ B| / |A ∪ B|; null when both are empty (nothing to compare is not "no overlap"). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** From one side to the other: each item's best similarity on the other side, averaged (a perfect 1 ends the search). */
function oneWay(from: readonly number[], to: readonly number[], similarity: (a: number, b: number) => number): number {
  let sum = 0;
  for (const t of from) {
    let best = 0;
    for (const u of to) {
      const s = similarity(t, u);
      if (s > best) best = s;
      if (best === 1) break;
    }
    sum += best;
  }
  return sum / from.length;
}

/** Each item's best partner on the other side, averaged both ways (Monge–Elkan, made symmetric); 0 when a side is empty. */
function bestPartners(a: readonly number[], b: readonly number[], similarity: (a: number, b: number) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (oneWay(a, b, similarity) + oneWay(b, a, similarity)) / 2;
}

/**
 * Token similarities with caches: words and whole names are interned as numbers, and the
 * similarity of every word pair and name pair is computed once (names and activity names reuse few
 * words, and a scan pair compares each name with many others).
 */
export class TokenSimilarity {
  private readonly words = new Interner<string>();
  private readonly nameKeys = new Interner<string>();
  /** Each interned name's words, by the name's number. */
  private readonly names: number[][] = [];
  private readonly wordCache = new Map<number, number>();
  private readonly nameCache = new Map<number, number>();
  private readonly wordSimilarity = (a: number, b: number) => this.word(a, b);
  private readonly nameSimilarity = (a: number, b: number) => this.names2(a, b);

  /** A name (as normalised words) as a number; equal word lists get the same number. */
  name(tokens: readonly string[]): number {
    return this.nameKeys.id(tokens.join(' '), () => this.names.push(tokens.map((t) => this.words.id(t))));
  }

  private word(a: number, b: number): number {
    if (a === b) return 1;
    const key = a < b ? a * 0x100000 + b : b * 0x100000 + a;
    let s = this.wordCache.get(key);
    if (s === undefined) this.wordCache.set(key, (s = jaroWinkler(this.words.keys[a]!, this.words.keys[b]!)));
    return s;
  }

  /** Similarity of two interned names. */
  names2(a: number, b: number): number {
    if (a === b) return 1;
    const key = a < b ? a * 0x100000 + b : b * 0x100000 + a;
    let s = this.nameCache.get(key);
    if (s === undefined) {
      const x = this.names[a]!;
      const y = this.names[b]!;
      s = bestPartners(x, y, this.wordSimilarity);
      this.nameCache.set(key, s);
    }
    return s;
  }

  /** tokenSimilarity, cached. */
  tokens(a: readonly string[], b: readonly string[]): number {
    return this.names2(this.name(a), this.name(b));
  }

  /** Two lists of interned names: each name's best partner on the other side, averaged both ways. */
  sets(a: readonly number[], b: readonly number[]): number {
    return bestPartners(a, b, this.nameSimilarity);
  }
}
