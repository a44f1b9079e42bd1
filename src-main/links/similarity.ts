/**
 * String similarity for linking: Jaro-Winkler on single words, and a token-set similarity on whole
 * names (each word's best Jaro-Winkler partner in the other name, averaged both ways, as Monge and
 * Elkan proposed), so that a reordered or extended name still scores high.
 */

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

/** Token similarities with a cache of word pairs (names and activity names reuse few words). */
export class TokenSimilarity {
  private readonly cache = new Map<string, number>();

  word(a: string, b: string): number {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let s = this.cache.get(key);
    if (s === undefined) this.cache.set(key, (s = jaroWinkler(a, b)));
    return s;
  }

  private oneWay(from: readonly string[], to: readonly string[]): number {
    let sum = 0;
    for (const t of from) {
      let best = 0;
      for (const u of to) {
        const s = this.word(t, u);
        if (s > best) best = s;
        if (best === 1) break;
      }
      sum += best;
    }
    return sum / from.length;
  }

  /** tokenSimilarity, cached. */
  tokens(a: readonly string[], b: readonly string[]): number {
    if (a.length === 0 || b.length === 0) return 0;
    return (this.oneWay(a, b) + this.oneWay(b, a)) / 2;
  }

  /** Two lists of names (as words): each name's best partner on the other side, averaged both ways. */
  sets(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number {
    if (a.length === 0 || b.length === 0) return 0;
    const way = (x: readonly (readonly string[])[], y: readonly (readonly string[])[]) => x.reduce((sum, n) => sum + Math.max(...y.map((m) => this.tokens(n, m))), 0) / x.length;
    return (way(a, b) + way(b, a)) / 2;
  }
}
