/**
 * Hash routes (`#/overzicht`, …). Pure functions only, so they can be unit-tested without a DOM.
 * The route ids are the Dutch slugs users see in the address; they double as test ids
 * (`nav-<route>`, `screen-<route>`).
 */
export const ROUTES = [
  'overzicht',
  'activiteiten',
  'ecosysteemkaart',
  'leer-van-elkaar',
  'vergelijken',
  'ontwikkeling',
  'witte-vlekken',
  'beleidsdoelen',
  'vraag-en-aanbod',
  'impact',
  'presentatie',
  'publiceren',
  'importeren',
  'te-koppelen',
  'back-ups',
] as const;

export type Route = (typeof ROUTES)[number];

export const DEFAULT_ROUTE: Route = 'overzicht';

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

/**
 * The route a location hash points to, or `null` when it names none.
 * Accepts `#/overzicht`, `#overzicht`, `/overzicht`, trailing slashes and a query (`?…`), which is ignored.
 */
export function parseRoute(hash: string): Route | null {
  let path = hash.startsWith('#') ? hash.slice(1) : hash;
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  path = path.replace(/^\/+/, '').replace(/\/+$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path).toLowerCase();
  } catch {
    return null;
  }
  return isRoute(decoded) ? decoded : null;
}

/** Like `parseRoute`, but falls back to the default route (empty or unknown hash). */
export function routeFromHash(hash: string): Route {
  return parseRoute(hash) ?? DEFAULT_ROUTE;
}

/** The hash for a route, e.g. `#/leer-van-elkaar`. */
export function formatRoute(route: Route): string {
  return `#/${route}`;
}

/** "Leer van…" from a detail panel: `#/leer-van-elkaar?initiatief=12` or `?activiteit=34`. */
export interface LearnFocus {
  initiative?: number;
  activity?: number;
}

export function learnFocusFromHash(hash: string): LearnFocus | null {
  const query = hash.indexOf('?');
  if (query < 0) return null;
  const params = new URLSearchParams(hash.slice(query + 1));
  const read = (name: string) => {
    const text = params.get(name);
    const n = text === null ? NaN : Number(text);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const activity = read('activiteit');
  if (activity !== undefined) return { activity };
  const initiative = read('initiatief');
  return initiative !== undefined ? { initiative } : null;
}

export function learnHash(focus: LearnFocus): string {
  return focus.activity !== undefined ? `#/leer-van-elkaar?activiteit=${focus.activity}` : `#/leer-van-elkaar?initiatief=${focus.initiative}`;
}

/** "Toon op kaart": the Ecosysteemkaart with an initiative selected (`#/ecosysteemkaart?initiatief=12`). */
export function mapHash(initiative: number): string {
  return `#/ecosysteemkaart?initiatief=${initiative}`;
}
