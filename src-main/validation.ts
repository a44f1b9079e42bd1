/**
 * What a schema found wrong, as one sentence in Dutch and English: which field (its path) and what is
 * wrong with it. Used for a channel's arguments (dispatch), a `.regioscan-filter.json` file and the
 * CLI's `--text`. Whatever was sent is quoted clipped (errors.ts `clip`), never in full.
 */
import type { z } from 'zod';
import { SEARCH_TEXT_MAX } from '../src-shared/filter';
import { clip, UserError } from './errors';

type Issue = z.core.$ZodIssue;
interface Sentence {
  nl: string;
  en: string;
}

const KIND: Record<string, Sentence> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'waar of onwaar', en: 'true or false' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een object', en: 'an object' },
  null: { nl: 'leeg (null)', en: 'empty (null)' },
};

function kindOf(value: unknown): Sentence {
  if (value === null) return KIND.null!;
  if (Array.isArray(value)) return KIND.array!;
  return KIND[typeof value] ?? { nl: typeof value, en: typeof value };
}

function quoted(value: unknown): string {
  if (typeof value === 'string') return `'${clip(value, 40)}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kindOf(value).en;
}

function listed(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((v) => (typeof v === 'string' ? v : String(v)));
  return shown.join(', ') + (values.length > shown.length ? ', …' : '');
}

/** The refusal of a search text: too long (with the cap) or holding a control character. */
export function searchTextRefusal(reason: 'too-long' | 'control', length = 0): UserError {
  if (reason === 'too-long') {
    const n = length.toLocaleString('nl-NL');
    return new UserError('search-text-refused', {
      nl: `De zoektekst is te lang: hoogstens ${SEARCH_TEXT_MAX} tekens, deze heeft er ${n}.`,
      en: `The search text is too long: at most ${SEARCH_TEXT_MAX} characters, this one has ${length.toLocaleString('en-GB')}.`,
    });
  }
  return new UserError('search-text-refused', {
    nl: 'De zoektekst bevat een stuurteken (zoals NUL) dat niet gezocht kan worden; typ alleen gewone tekens.',
    en: 'The search text holds a control character (such as NUL) that cannot be searched; type ordinary characters only.',
  });
}

/** The search-text refusal when `issue` is one (see filter-schema.ts), else null. */
export function searchTextIssue(issue: Issue | undefined): UserError | null {
  if (issue?.code !== 'custom') return null;
  const params = issue.params as { searchText?: 'too-long' | 'control'; length?: number } | undefined;
  return params?.searchText ? searchTextRefusal(params.searchText, params.length) : null;
}

/** `filter.conditions[0].dimension` */
export function issuePath(path: readonly PropertyKey[]): string {
  return clip(path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join(''), 80);
}

/** What is wrong with the value at the issue's path (without the path). Parse with `reportInput: true` to name the value. */
export function issueProblem(issue: Issue): Sentence {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { nl: 'ontbreekt', en: 'is missing' };
      const want = KIND[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      const got = kindOf(input);
      return { nl: `moet ${want.nl} zijn, niet ${got.nl} (${quoted(input)})`, en: `must be ${want.en}, not ${got.en} (${quoted(input)})` };
    }
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('nl-NL');
      const maxEn = Number(issue.maximum).toLocaleString('en-GB');
      if (issue.origin === 'string') {
        const n = typeof input === 'string' ? input.length : undefined;
        return { nl: `is langer dan ${max} tekens${n ? ` (${n.toLocaleString('nl-NL')})` : ''}`, en: `is longer than ${maxEn} characters${n ? ` (${n.toLocaleString('en-GB')})` : ''}` };
      }
      if (issue.origin === 'array') return { nl: `heeft meer dan ${max} elementen`, en: `has more than ${maxEn} items` };
      return { nl: `is groter dan ${max}`, en: `is larger than ${maxEn}` };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { nl: 'is leeg', en: 'is empty' };
      if (issue.origin === 'array') return { nl: `heeft minder dan ${issue.minimum} elementen`, en: `has fewer than ${issue.minimum} items` };
      return { nl: `is kleiner dan ${issue.minimum} (${quoted(input)})`, en: `is smaller than ${issue.minimum} (${quoted(input)})` };
    }
    case 'invalid_value':
      if (issue.values.length === 1) return { nl: `moet ${quoted(issue.values[0])} zijn, niet ${quoted(input)}`, en: `must be ${quoted(issue.values[0])}, not ${quoted(input)}` };
      return { nl: `${quoted(input)} is geen van: ${listed(issue.values)}`, en: `${quoted(input)} is none of: ${listed(issue.values)}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 3).map((k) => `'${clip(k, 40)}'`).join(', ');
      return { nl: `heeft een onbekend veld ${keys}`, en: `has an unknown field ${keys}` };
    }
    case 'invalid_union':
      return { nl: `heeft een ongeldige vorm (${kindOf(input).nl})`, en: `has an invalid form (${kindOf(input).en})` };
    default:
      return { nl: `is ongeldig (${clip(issue.message, 80)})`, en: `is invalid (${clip(issue.message, 80)})` };
  }
}

/** `path problem`, or the problem alone for the whole value. */
export function issueSentence(issue: Issue): Sentence {
  const problem = issueProblem(issue);
  if (issue.path.length === 0) return problem;
  const path = issuePath(issue.path);
  return { nl: `${path} ${problem.nl}`, en: `${path} ${problem.en}` };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/**
 * What is wrong in a file that holds filters (a filter or goals file), as a clause of "… was not
 * read: <clause>": the search box's own sentence for a search text (lower-cased, without its full
 * stop), else the issue's sentence.
 */
export function filterFileIssue(issue: Issue): Sentence {
  const search = searchTextIssue(issue);
  return search ? { nl: lowerFirst(search.nl), en: lowerFirst(search.message) } : issueSentence(issue);
}

/** A file's text as JSON, or the refusal `unreadable` makes when it is not JSON at all. */
export function parseJsonOr(text: string, unreadable: () => Error): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unreadable();
  }
}

/** A kind of file another Regioscan reads: its error code's first word, its name (Dutch: the first part of the compound) and its extension. */
export interface RegioscanFileKind {
  code: string;
  nl: string;
  en: string;
  extension: string;
}

/** A Regioscan file's text as JSON, or one sentence naming the kind of file it is not. */
export function parseRegioscanFile(text: string, kind: RegioscanFileKind): unknown {
  return parseJsonOr(
    text,
    () =>
      new UserError(`${kind.code}-file-unreadable`, {
        nl: `Dit is geen leesbaar Regioscan-${kind.nl}bestand (${kind.extension}).`,
        en: `This is not a readable Regioscan ${kind.en} file (${kind.extension}).`,
      }),
  );
}
