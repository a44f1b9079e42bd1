/**
 * Matches what a workbook cell says to codebook codes: code (`C`, `6`, `K6`), code and label
 * (`C. Industrie`, `6 - Interne kennis`), Dutch or English label, or an alias — ignoring case,
 * accents, spaces and punctuation. A near spelling (`werken m. studenten`) matches only when exactly
 * one code is that close; it never guesses between two. Multi-valued cells are split on `;`, `,`,
 * `|`, `/` and line breaks, except where the separator belongs to a known label
 * (`Landbouw, bosbouw en visserij`, `Advisering/consultancy`).
 */
import { foldKey, type CodeEntry } from '../../src-shared/codebook';

export type Match =
  /** `rule`: the user's mapping said so (a value rule), not the codebook. */
  | { kind: 'exact'; code: string; rule?: true }
  | { kind: 'near'; code: string; label: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'none' };

const MAX_JOIN = 5;

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `werken m. studenten` abbreviates `Werken met studenten`: same word count, each word a prefix. */
function abbreviates(text: string[], label: string[]): boolean {
  return text.length === label.length && text.length > 1 && text.every((w, i) => label[i]!.startsWith(w)) && text.some((w, i) => w !== label[i]);
}

export class ValueMatcher {
  private readonly exact = new Map<string, string>();
  private readonly labels: { code: string; label: string; folded: string; words: string[] }[] = [];
  private readonly cache = new Map<string, Match>();
  private readonly exactCache = new Map<string, string | null>();
  /** Value rules of the import's mapping: folded text → code; they come before the codebook. */
  private readonly rules = new Map<string, string>();

  constructor(entries: readonly CodeEntry[], options: { codePrefixes?: readonly string[] } = {}) {
    for (const e of entries) this.add(e, options.codePrefixes ?? []);
  }

  /** Adds an entry (also used for open-list values created during an import). */
  add(entry: Pick<CodeEntry, 'code' | 'nl' | 'en' | 'aliases'>, codePrefixes: readonly string[] = []): void {
    const names = [entry.nl, entry.en, ...(entry.aliases ?? [])];
    const keys = new Set<string>([foldKey(entry.code), ...names.map(foldKey)]);
    for (const prefix of ['', ...codePrefixes]) {
      keys.add(foldKey(prefix + entry.code));
      for (const name of [entry.nl, entry.en]) keys.add(foldKey(`${prefix}${entry.code} ${name}`));
    }
    for (const key of keys) if (key !== '' && !this.exact.has(key)) this.exact.set(key, entry.code);
    for (const label of names) this.labels.push({ code: entry.code, label: entry.nl, folded: foldKey(label), words: words(label) });
    this.cache.clear();
    this.exactCache.clear();
  }

  /** A value rule: `text` means `code` (whatever the codebook would make of it). */
  rule(text: string, code: string): void {
    const key = foldKey(text);
    if (key === '') return;
    this.rules.set(key, code);
    this.cache.clear();
    this.exactCache.clear();
  }

  has(code: string): boolean {
    return this.labels.some((l) => l.code === code);
  }

  /** The code a text names exactly (code, label or alias, folded), without near-spelling search. */
  exactCode(text: string): string | undefined {
    let code = this.exactCache.get(text);
    if (code === undefined) {
      const key = foldKey(text);
      code = this.rules.get(key) ?? this.exact.get(key) ?? null;
      this.exactCache.set(text, code);
    }
    return code ?? undefined;
  }

  /** One value (not split). */
  match(text: string): Match {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const result = this.compute(text);
    this.cache.set(text, result);
    return result;
  }

  private compute(text: string): Match {
    const folded = foldKey(text);
    if (folded === '') return { kind: 'none' };
    const ruled = this.rules.get(folded);
    if (ruled !== undefined) return { kind: 'exact', code: ruled, rule: true };
    const code = this.exact.get(folded);
    if (code !== undefined) return { kind: 'exact', code };
    if (folded.length < 5) return { kind: 'none' };
    const limit = Math.max(1, Math.round(folded.length * 0.15));
    const textWords = words(text);
    const hits = new Map<string, string>();
    for (const l of this.labels) {
      if (abbreviates(textWords, l.words) || levenshtein(folded, l.folded, limit) <= limit) hits.set(l.code, l.label);
    }
    if (hits.size === 1) {
      const [hitCode, label] = [...hits][0]!;
      return { kind: 'near', code: hitCode, label };
    }
    if (hits.size > 1) return { kind: 'ambiguous', candidates: [...hits.values()] };
    return { kind: 'none' };
  }

  /**
   * A multi-valued cell: the whole text first, then its parts; neighbouring parts are joined back
   * (longest first) when together they are a known label.
   */
  matchMany(text: string): { text: string; match: Match }[] {
    // Whole cell: exact only — a near-spelling search over a whole multi-valued cell is both slow
    // and wrong (it would compare "C; Q; J" with single labels).
    const exact = this.exactCode(text);
    if (exact !== undefined) return [{ text: text.trim(), match: this.match(text) }];
    const pieces = text.split(/(\s*[;,|/\n\r]+\s*)/);
    const parts: string[] = [];
    const separators: string[] = [];
    pieces.forEach((piece, i) => (i % 2 === 0 ? parts.push(piece) : separators.push(piece)));
    if (parts.length === 1) return [{ text: text.trim(), match: this.match(text) }];
    const out: { text: string; match: Match }[] = [];
    let i = 0;
    while (i < parts.length) {
      let taken = false;
      for (let j = Math.min(parts.length - 1, i + MAX_JOIN - 1); j > i; j--) {
        let joined = parts[i]!;
        for (let k = i + 1; k <= j; k++) joined += separators[k - 1]! + parts[k]!;
        const code = this.exactCode(joined);
        if (code !== undefined) {
          out.push({ text: joined.trim(), match: this.match(joined) });
          i = j + 1;
          taken = true;
          break;
        }
      }
      if (taken) continue;
      const part = parts[i]!.trim();
      if (part !== '') out.push({ text: part, match: this.match(part) });
      i++;
    }
    return out;
  }
}

/** A code for a new open-list entry, from its text: `Quantum computing` → `quantum-computing`. */
export function slugCode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
