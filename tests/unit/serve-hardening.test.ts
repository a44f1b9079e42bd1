/**
 * Issue 8, `regioscan serve`: what serve.test.ts does not yet pin down. --read-only refuses EVERY
 * writing channel of the contract (and still answers the reading ones); the token is needed on every
 * path and in every form; only a local Host passes (DNS rebinding); and every answer — page, API,
 * refusal, redirect — carries the security headers, with a CSP that allows no remote origin.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../src-shared/contract';
import { SECURITY_HEADERS } from '../../src-main/serve/security';
import { send, type Reply } from '../helpers/raw-http';
import { serveForBlock } from '../helpers/serve-fixture';
import { dbChecksum } from '../helpers/db-checksum';



const TOKEN = 'hardening-token-0123456789';
const api = (channel: string, body = '{}', headers: Record<string, string> = { 'X-Regioscan-Token': TOKEN }) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body,
});

function expectSecurityHeaders(reply: Reply, label: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
}

describe('regioscan serve, hardened', () => {
  const served = serveForBlock(TOKEN);

  it('--read-only refuses every writing channel of the contract, whatever the arguments, and changes nothing', async () => {
    const writing = CHANNELS.filter((c) => contract[c].writes);
    expect(writing.length).toBeGreaterThan(5);
    const before = dbChecksum(served.db);
    for (const channel of writing) {
      for (const body of ['{}', '{"id":1,"name":"x","title":"x","language":"en"}']) {
        const reply = await send(served.readOnly.port, `/api/${channel}`, api(channel, body));
        expect(reply.status, channel).toBe(200);
        expect(JSON.parse(reply.body), channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
      }
    }
    expect(dbChecksum(served.db)).toEqual(before);
    // The reading channels still answer.
    for (const channel of ['app.info', 'scans.list', 'filters.list', 'settings.get']) {
      const reply = await send(served.readOnly.port, `/api/${channel}`, api(channel));
      expect(JSON.parse(reply.body), channel).toMatchObject({ ok: true });
    }
  });

  it('needs the token header for the API and the event stream — never a cookie, never the query string', async () => {
    const wrong: Record<string, string>[] = [{}, { 'X-Regioscan-Token': 'wrong' }, { 'X-Regioscan-Token': `${TOKEN}x` }, { 'X-Regioscan-Token': TOKEN.slice(0, -1) }, { Cookie: `regioscan_token=${TOKEN}` }, { Cookie: `token=${TOKEN}` }, { Authorization: `Bearer ${TOKEN}` }];
    for (const headers of wrong) {
      for (const path of ['/api/app.info', '/api/scans.delete', '/api/unknown', `/api/app.info?token=${TOKEN}`]) {
        const reply = await send(served.server.port, path, api('', '{}', headers));
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(JSON.parse(reply.body), path).toMatchObject({ ok: false, error: { code: 'no-token' } });
      }
      for (const path of ['/events', `/events?token=${TOKEN}`]) {
        const reply = await send(served.server.port, path, { headers });
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect((await send(served.server.port, '/api/app.info', api('app.info'))).status).toBe(200);
  });

  it('serves the static files without the token, and answers no request with Set-Cookie', async () => {
    const replies = [
      await send(served.server.port, '/'),
      await send(served.server.port, `/?token=${TOKEN}`),
      await send(served.server.port, '/index.html', { headers: { 'X-Regioscan-Token': TOKEN } }),
      await send(served.server.port, '/api/app.info', api('app.info')),
      await send(served.server.port, '/api/app.info', api('app.info', '{}', {})),
      await send(served.server.port, '/none.js'),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 403, 404]);
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('answers only to a local Host (DNS-rebinding guard), before it even looks at the token', async () => {
    const port = served.server.port;
    // No Host at all: Node's HTTP server refuses an HTTP/1.1 request without one (400) before any code of ours runs.
    expect((await send(port, '/api/app.info', { ...api('app.info'), host: null })).status).toBe(400);
    for (const host of ['', 'evil.example', `evil.example:${port}`, `127.0.0.1`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `[::1]:${port}`, `0.0.0.0:${port}`]) {
      const reply = await send(port, '/api/app.info', { ...api('app.info'), host });
      expect(reply.status, `Host ${JSON.stringify(host)}`).toBe(421);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await send(port, '/api/app.info', { ...api('app.info'), host })).status, host).toBe(200);
    }
  });

  it('sends the security headers on every answer, with a CSP that allows no remote origin', async () => {
    const replies: [string, Reply][] = [
      ['page', await send(served.server.port, '/')],
      ['api', await send(served.server.port, '/api/app.info', api('app.info'))],
      ['invalid api', await send(served.server.port, '/api/scans.delete', api('scans.delete', '{"id":-1}'))],
      ['not found', await send(served.server.port, '/none.js')],
      ['wrong method', await send(served.server.port, '/api/app.info', { headers: { 'X-Regioscan-Token': TOKEN } })],
      ['no token', await send(served.server.port, '/api/app.info', api('app.info', '{}', {}))],
      ['foreign host', await send(served.server.port, '/', { host: 'evil.example' })],
      ['events without token', await send(served.server.port, '/events')],
    ];
    for (const [label, reply] of replies) expectSecurityHeaders(reply, label);
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*|wss?:/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(served.server.url).hostname).toBe('127.0.0.1');
  });
});
