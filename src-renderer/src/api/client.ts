/**
 * The renderer's one door to main. It picks a transport once — the preload bridge
 * (`window.regioscan`) in Electron, otherwise HTTP POST to `/api/<channel>` with the serve token as
 * a header (api/token.ts) — and nothing else in the renderer knows which one is in use. Events main
 * pushes come through api/events.ts the same way.
 */
import type { ArgsOf, Bridge, Channel, Envelope, ResultOf, WireError } from '../../../src-shared/contract';
import { API_PREFIX } from '../../../src-shared/serve-protocol';
import { ApiError, TRANSPORT_ERRORS, toApiError } from './errors';
import { tokenHeaders, type TokenStorage } from './token';

export { ApiError } from './errors';

/** Sends one call and returns the raw envelope. */
export type Transport = <C extends Channel>(channel: C, args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;

export interface ApiClient {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'json'>>;

function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  if (typeof v.code !== 'string' || typeof v.message !== 'object' || v.message === null) return false;
  const m = v.message as { nl?: unknown; en?: unknown };
  return typeof m.nl === 'string' && typeof m.en === 'string';
}

/** True when `value` has the shape of an `Envelope`. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok === false) return isWireError(v.error);
  return false;
}

/** Returns the value of a successful envelope, throws an `ApiError` for a failed or malformed one. */
export function unwrapEnvelope<R>(envelope: unknown): R {
  if (!isEnvelope(envelope)) throw new ApiError('bad-response', TRANSPORT_ERRORS.badResponse);
  if (envelope.ok) return envelope.value as R;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/** Transport over the Electron preload bridge. */
export function bridgeTransport(bridge: Bridge): Transport {
  return <C extends Channel>(channel: C, args: ArgsOf<C>) => {
    const call = bridge[channel] as (a: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
    return call(args);
  };
}

/**
 * Transport over HTTP (`regioscan serve`): POST JSON to `<base><channel>` with the token header,
 * read a JSON envelope. No cookies go along (`credentials: 'omit'`): the token is the only credential.
 */
export function httpTransport(fetchFn: FetchLike, headers: () => Record<string, string> = () => ({}), base = API_PREFIX): Transport {
  return async <C extends Channel>(channel: C, args: ArgsOf<C>) => {
    const response = await fetchFn(base + channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers() },
      body: JSON.stringify(args ?? {}),
      credentials: 'omit',
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new ApiError('bad-response', TRANSPORT_ERRORS.badResponse, { cause });
    }
    // Error statuses still carry an envelope; `unwrapEnvelope` reports a body that is not one.
    return body as Envelope<ResultOf<C>>;
  };
}

interface HostLike {
  regioscan?: Bridge | undefined;
  fetch?: FetchLike | undefined;
  sessionStorage?: TokenStorage | undefined;
}

/** The bridge when the preload exposed one, HTTP otherwise. */
export function pickTransport(host: HostLike): Transport {
  if (host.regioscan) return bridgeTransport(host.regioscan);
  const fetchFn = host.fetch;
  if (!fetchFn) {
    return () => Promise.reject(new ApiError('transport', TRANSPORT_ERRORS.unreachable));
  }
  return httpTransport((input, init) => fetchFn(input, init), () => tokenHeaders(host.sessionStorage));
}

/** An API client over a transport; every failure surfaces as an `ApiError`. */
export function createApiClient(getTransport: () => Transport): ApiClient {
  return {
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      let envelope: Envelope<ResultOf<C>>;
      try {
        envelope = await getTransport()(channel, args);
      } catch (error) {
        throw toApiError(error);
      }
      return unwrapEnvelope<ResultOf<C>>(envelope);
    },
  };
}

let chosen: Transport | undefined;

/** The app-wide client. The transport is picked on first use (there is no `window` in unit tests). */
export const api: ApiClient = createApiClient(() => {
  chosen ??= pickTransport(globalThis as unknown as HostLike);
  return chosen;
});
