/**
 * Events main pushes (`AppEvent`: import progress, and what later issues add), transport-neutral
 * like api/client.ts: in the desktop app over IPC (the preload's `regioscanEvents.onAppEvent`), in
 * `regioscan serve` over `GET /events`, read with fetch as a stream so that the token goes in a
 * header (EventSource cannot send one, and the token never goes in a URL or cookie).
 *
 * One connection serves every subscriber. `onOpen` is called whenever the events start flowing (at
 * once when they already do, and again after the stream reconnected): a subscriber then asks main
 * for the current state once, so nothing between "before I listened" and "now" is lost.
 */
import type { AppEvent, BridgeEvents } from '../../../src-shared/model';
import { EVENTS_PATH } from '../../../src-shared/serve-protocol';
import { tokenHeaders, type TokenStorage } from './token';

export type AppEventListener = (event: AppEvent) => void;

/** Opens one connection; returns the function that closes it. */
export type EventSourceConnect = (onEvent: AppEventListener, onOpen: () => void) => () => void;

/** The desktop app: the preload's subscription is live as soon as it returns. */
export function bridgeEventSource(events: BridgeEvents): EventSourceConnect {
  return (onEvent, onOpen) => {
    const stop = events.onAppEvent(onEvent);
    queueMicrotask(onOpen);
    return stop;
  };
}

function isAppEvent(value: unknown): value is AppEvent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Splits streamed text into whole JSON lines (events) and the unfinished rest. Lines that are not events are skipped. */
export function parseEventLines(text: string): { events: AppEvent[]; rest: string } {
  const lines = text.split('\n');
  const rest = lines.pop() ?? '';
  const events: AppEvent[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isAppEvent(value)) events.push(value);
    } catch {
      // A broken line is skipped; the next state comes with the next event.
    }
  }
  return { events, rest };
}

type StreamFetch = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'body'>>;

/** Waits before reconnecting a dropped stream, longer each time (ms). */
const RETRY_MS = [250, 1000, 3000, 10_000];

/**
 * `regioscan serve`: GET /events with the token header, read line by line. A dropped stream is
 * opened again (and `onOpen` called again); a refusal (403: no or wrong token) is final.
 */
export function httpEventSource(fetchFn: StreamFetch, headers: () => Record<string, string>, path = EVENTS_PATH, retryMs: readonly number[] = RETRY_MS): EventSourceConnect {
  return (onEvent, onOpen) => {
    const controller = new AbortController();
    let stopped = false;
    void (async () => {
      for (let attempt = 0; !stopped; attempt++) {
        try {
          const response = await fetchFn(path, { method: 'GET', headers: headers(), credentials: 'omit', cache: 'no-store', signal: controller.signal });
          if (response.status === 403) return;
          if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
          attempt = 0;
          onOpen();
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          let rest = '';
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            const parsed = parseEventLines(rest + decoder.decode(value, { stream: true }));
            rest = parsed.rest;
            for (const event of parsed.events) onEvent(event);
          }
        } catch {
          // Aborted (unsubscribed), or the server went away: reconnect below unless stopped.
        }
        if (stopped) return;
        await new Promise((resolve) => setTimeout(resolve, retryMs[Math.min(attempt, retryMs.length - 1)]));
      }
    })();
    return () => {
      stopped = true;
      controller.abort();
    };
  };
}

export interface AppEvents {
  /** Subscribes; `onOpen` as described above. Returns the unsubscribe function. */
  subscribe(listener: AppEventListener, onOpen?: () => void): () => void;
}

/** Shares one connection among all subscribers: opened for the first, closed after the last. */
export function createAppEvents(source: () => EventSourceConnect | null): AppEvents {
  const subscribers = new Map<AppEventListener, (() => void) | undefined>();
  let close: (() => void) | null = null;
  let open = false;
  return {
    subscribe(listener, onOpen) {
      subscribers.set(listener, onOpen);
      if (!close) {
        const connect = source();
        if (connect) {
          close = connect(
            (event) => {
              for (const l of [...subscribers.keys()]) l(event);
            },
            () => {
              open = true;
              for (const o of [...subscribers.values()]) o?.();
            },
          );
        }
      } else if (open && onOpen) queueMicrotask(() => subscribers.has(listener) && onOpen());
      return () => {
        subscribers.delete(listener);
        if (subscribers.size === 0 && close) {
          close();
          close = null;
          open = false;
        }
      };
    },
  };
}

interface EventHost {
  regioscanEvents?: BridgeEvents | undefined;
  regioscan?: unknown;
  fetch?: StreamFetch | undefined;
  sessionStorage?: TokenStorage | undefined;
}

/** The preload's events in the desktop app, the stream otherwise (none without fetch, as in unit tests). */
export function pickEventSource(host: EventHost): EventSourceConnect | null {
  if (host.regioscanEvents) return bridgeEventSource(host.regioscanEvents);
  if (host.regioscan) return null;
  const fetchFn = host.fetch;
  if (!fetchFn) return null;
  return httpEventSource((input, init) => fetchFn(input, init), () => tokenHeaders(host.sessionStorage));
}

/** The app-wide events. */
export const appEvents: AppEvents = createAppEvents(() => pickEventSource(globalThis as unknown as EventHost));
