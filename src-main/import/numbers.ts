/**
 * Numbers as people type them in Dutch scans: `1.000`, `ca. 1.000`, `±350`, `1.000+`, `> 500`,
 * `100-200`. Unknown (`onbekend`, `?`, `n.b.`, empty) is null — never 0.
 */
export type NumberReading =
  | { kind: 'unknown' }
  | { kind: 'number'; value: number; note?: 'as-text' | 'range' }
  | { kind: 'unreadable' };

const UNKNOWN = new Set(['', '?', '??', '-', '–', 'onbekend', 'unknown', 'nb', 'n.b.', 'n.b', 'nvt', 'n.v.t.', 'na', 'n/a', 'geen data', 'niet bekend']);

/** One Dutch-notation number: `.` groups thousands (`1.000`), `,` is the decimal mark. */
function parseDutch(text: string): number | undefined {
  const t = text.replace(/\s/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  // 1,000 — a count written with English thousands (a reach of "1,000" enterprises is never 1.0).
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t); // 12.5 — an English decimal, not thousands
  return undefined;
}

export function readNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: 'unknown' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'unreadable' };
  if (typeof raw === 'boolean') return { kind: 'unreadable' };
  const text = String(raw).trim();
  if (UNKNOWN.has(text.toLowerCase())) return { kind: 'unknown' };
  if (/^\d+$/.test(text)) return { kind: 'number', value: Number(text) };
  const stripped = text
    .toLowerCase()
    .replace(/^(ca\.?|circa|ongeveer|approx\.?|about|minimaal|min\.?|meer dan|ruim|>=?|≥|±|\+\/-|~)\s*/u, '')
    .replace(/\s*(\+|ondernemingen|bedrijven|bezoekers|deelnemers|mkb'ers|mkbers)$/u, '')
    .trim();
  const single = parseDutch(stripped);
  if (single !== undefined) return { kind: 'number', value: single, note: 'as-text' };
  const range = /^(.+?)\s*(?:-|–|tot)\s*(.+)$/.exec(stripped);
  if (range) {
    const low = parseDutch(range[1]!);
    const high = parseDutch(range[2]!);
    if (low !== undefined && high !== undefined && low <= high) return { kind: 'number', value: low, note: 'range' };
  }
  return { kind: 'unreadable' };
}

export type YearReading = { kind: 'unknown' } | { kind: 'year'; value: number } | { kind: 'unreadable' };

export function readYear(raw: unknown): YearReading {
  const n = readNumber(raw);
  if (n.kind === 'unknown') return n;
  if (n.kind === 'number' && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100) return { kind: 'year', value: n.value };
  if (typeof raw === 'string') {
    const found = /\b(19|20)\d{2}\b/.exec(raw);
    if (found && raw.trim().length <= 12) return { kind: 'year', value: Number(found[0]) };
  }
  return { kind: 'unreadable' };
}

const MARKED = new Set(['x', 'ja', 'yes', 'y', 'j', 'true', 'waar', '1', '✓', '✔', '✔️', '☑', 'v', '•']);
const UNMARKED = new Set(['', '0', 'nee', 'no', 'n', 'false', 'onwaar', '-']);

/** A one-hot cell: marked, not marked, or unclear (reported, not marked). */
export function readMark(raw: unknown): 'marked' | 'unmarked' | 'unclear' {
  if (raw === null || raw === undefined) return 'unmarked';
  if (typeof raw === 'boolean') return raw ? 'marked' : 'unmarked';
  if (typeof raw === 'number') return raw === 1 ? 'marked' : raw === 0 ? 'unmarked' : 'unclear';
  const text = String(raw).trim().toLowerCase();
  if (MARKED.has(text)) return 'marked';
  if (UNMARKED.has(text)) return 'unmarked';
  return 'unclear';
}
