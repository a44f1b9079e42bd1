/**
 * Names as the linker compares them (docs/links.md §1): case and diacritics folded, punctuation
 * turned into spaces, runs of whitespace collapsed to one space (never removed, so two words are
 * never joined into one), and legal forms at the start or end of a name dropped ("Stichting",
 * "B.V.", "Coöperatie … U.A."). Two initiatives whose keys are equal are linked automatically.
 */

/** Legal forms, as token sequences after folding ("B.V." folds to "b v", "BV" to "bv"). */
const LEGAL_FORMS: readonly (readonly string[])[] = [
  ['stichting'],
  ['vereniging'],
  ['cooperatie'],
  ['cooperatieve'],
  ['bv'],
  ['b', 'v'],
  ['nv'],
  ['n', 'v'],
  ['vof'],
  ['v', 'o', 'f'],
  ['cv'],
  ['c', 'v'],
  ['ua'],
  ['u', 'a'],
  ['wa'],
  ['w', 'a'],
  ['ba'],
  ['b', 'a'],
  ['ltd'],
  ['gmbh'],
];

/** Case, diacritics and punctuation folded; whitespace runs collapsed to one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function startsWith(tokens: readonly string[], form: readonly string[]): boolean {
  return form.length < tokens.length && form.every((t, i) => tokens[i] === t);
}

function endsWith(tokens: readonly string[], form: readonly string[]): boolean {
  const offset = tokens.length - form.length;
  return offset > 0 && form.every((t, i) => tokens[offset + i] === t);
}

/** The folded name's words without legal forms at either end (a name that is only a legal form keeps it). */
export function nameTokens(name: string): string[] {
  let tokens = foldText(name).split(' ').filter((t) => t !== '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (startsWith(tokens, form)) {
        tokens = tokens.slice(form.length);
        changed = true;
      } else if (endsWith(tokens, form)) {
        tokens = tokens.slice(0, tokens.length - form.length);
        changed = true;
      }
    }
  }
  return tokens;
}

/** The normalised name: equal keys mean the same initiative (an automatic link). */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** A website as host and path, without scheme, "www.", query or trailing slash; null when there is none. */
export function websiteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const bare = url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return bare === '' ? null : bare;
}
