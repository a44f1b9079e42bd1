/**
 * `GET /events` of `regioscan serve`: main's app events as a stream of JSON lines (NDJSON), held
 * open until the page goes away or the server stops. The page reads it with fetch and a
 * ReadableStream, which (unlike EventSource) sends the token header; the server checked it before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENTS_CONTENT_TYPE } from '../../src-shared/serve-protocol';
import { onAppEvent } from '../app-events';
import type { Db } from '../db/open';

export function streamAppEvents(db: Db, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(200, { ...headers, 'Content-Type': EVENTS_CONTENT_TYPE, 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  // Subscribed before the headers go out: an event after the page saw the stream open is never missed.
  const stop = onAppEvent(db, (event) => {
    res.write(`${JSON.stringify(event)}\n`);
  });
  res.flushHeaders();
  const end = () => stop();
  req.once('close', end);
  res.once('close', end);
}
