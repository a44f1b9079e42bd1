/**
 * The site's state in the URL's hash, so that an adviser can send a link: the view, the chosen
 * values under the same keys and codes as `--where` (`#sector=C&bottleneck=6`), the search text, the
 * sort, the open card and the language. Values may also be written as labels, as `--where` takes
 * them; whatever a link names that this site does not know is reported, never silently dropped.
 */
import { SITE_DIMENSIONS, type SiteDimension, type SiteLang } from '../src-shared/site-model';
import type { Conditions } from './filter';
import { fold } from './search';
import type { SiteIndex } from './site-index';

export const VIEWS = ['ask', 'list', 'map', 'join'] as const;
export type View = (typeof VIEWS)[number];
export const SORTS = ['name', 'activities', 'region'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SiteState {
  view: View;
  conditions: Conditions;
  text: string;
  sort: SortKey;
  /** The initiative whose card is open (its id). */
  initiative: number | null;
  /** The language chosen; null: the site's own. */
  lang: SiteLang | null;
}

export interface ParsedHash {
  state: SiteState;
  /** `key=value` pairs the link named that this site has no such value or key for. */
  unknown: string[];
}

export const EMPTY_STATE: SiteState = { view: 'ask', conditions: {}, text: '', sort: 'name', initiative: null, lang: null };

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A value as a link writes it: its code, else the code or a label in any case. */
function resolveValue(index: SiteIndex, dim: SiteDimension, text: string): number | undefined {
  const codes = index.byCode.get(dim);
  const exact = codes?.get(text);
  if (exact !== undefined) return exact;
  const wanted = fold(text.trim());
  const values = index.dims.get(dim)?.values ?? [];
  const i = values.findIndex((v) => fold(v.code) === wanted || fold(v.nl) === wanted || fold(v.en) === wanted);
  return i >= 0 ? i : undefined;
}

export function parseHash(hash: string, index: SiteIndex): ParsedHash {
  const state: SiteState = { ...EMPTY_STATE, conditions: {} };
  const unknown: string[] = [];
  let view: View | null = null;
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq)).trim();
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const value = decode(raw);
    if ((SITE_DIMENSIONS as readonly string[]).includes(key)) {
      const dim = key as SiteDimension;
      for (const item of raw.split(',').map(decode).filter((v) => v.trim() !== '')) {
        const i = resolveValue(index, dim, item);
        if (i === undefined) unknown.push(`${key}=${item}`);
        else if (!(state.conditions[dim] ??= []).includes(i)) state.conditions[dim]!.push(i);
      }
    } else if (key === 'view' && (VIEWS as readonly string[]).includes(value)) view = value as View;
    else if (key === 'text') state.text = value.slice(0, 200);
    else if (key === 'sort' && (SORTS as readonly string[]).includes(value)) state.sort = value as SortKey;
    else if (key === 'lang' && (value === 'nl' || value === 'en')) state.lang = value;
    else if (key === 'initiative' && index.data.initiatives.some((i) => String(i.id) === value)) state.initiative = Number(value);
    else unknown.push(eq < 0 ? key : `${key}=${value}`);
  }
  // A link with a filter and no view opens the list it filters (as `regioscan list --where` would).
  state.view = view ?? (Object.keys(state.conditions).length > 0 || state.text !== '' ? 'list' : 'ask');
  return { state, unknown };
}

const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');

export function formatHash(state: SiteState, index: SiteIndex): string {
  const parts: string[] = [];
  const filtered = SITE_DIMENSIONS.some((d) => (state.conditions[d]?.length ?? 0) > 0) || state.text !== '';
  if (!(state.view === 'ask' && !filtered) && !(state.view === 'list' && filtered)) parts.push(`view=${state.view}`);
  for (const dim of SITE_DIMENSIONS) {
    const chosen = state.conditions[dim];
    if (!chosen || chosen.length === 0) continue;
    const values = index.dims.get(dim)?.values ?? [];
    parts.push(`${dim}=${[...chosen].sort((a, b) => a - b).map((i) => encode(values[i]?.code ?? '')).join(',')}`);
  }
  if (state.text !== '') parts.push(`text=${encode(state.text)}`);
  if (state.sort !== 'name') parts.push(`sort=${state.sort}`);
  if (state.initiative !== null) parts.push(`initiative=${state.initiative}`);
  if (state.lang !== null) parts.push(`lang=${state.lang}`);
  return parts.join('&');
}
