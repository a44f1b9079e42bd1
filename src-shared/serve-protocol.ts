/**
 * How the renderer and `regioscan serve` find each other over HTTP. The per-run token travels only
 * where no other local server can read or receive it: in the printed URL's fragment (never sent over
 * the network), then in the page's sessionStorage (per origin, so per port) and in a request header
 * on every call. Never in a cookie (cookies ignore ports), never in a URL the page requests.
 */

/** The header that carries the token on every API call and on the event stream. */
export const TOKEN_HEADER = 'X-Regioscan-Token';

/** The fragment key of the printed URL: `http://127.0.0.1:PORT/#token=…`. */
export const TOKEN_FRAGMENT_KEY = 'token';

/** Where the page keeps the token (sessionStorage: this tab and this origin only). */
export const TOKEN_STORAGE_KEY = 'regioscan.serve-token';

/** POST `/api/<channel>` with a JSON body answers with an envelope. */
export const API_PREFIX = '/api/';

/**
 * GET `/events` (with the token header, read with fetch as a stream; EventSource cannot send
 * headers) answers with one JSON `AppEvent` per line (NDJSON) for as long as it stays open.
 */
export const EVENTS_PATH = '/events';
export const EVENTS_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';
