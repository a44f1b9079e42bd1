import { describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../src-main/serve/security';
import { send } from '../helpers/raw-http';
import { serveForBlock } from '../helpers/serve-fixture';



describe('regioscan serve', () => {
  const served = serveForBlock('secret-token-123');

  it('binds to 127.0.0.1 and prints a URL with the token in the fragment', () => {
    expect(served.server.url).toBe(`http://127.0.0.1:${served.server.port}/#token=secret-token-123`);
  });

  it('refuses the API without the token header, with a sentence in an envelope', async () => {
    const api = await send(served.server.port, '/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'no-token', message: { en: expect.stringMatching(/open the address ‘regioscan serve’ printed/) } } });
  });

  it('serves the app (static files, no data) without the token and never sets a cookie', async () => {
    const page = await send(served.server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await send(served.server.port, '/assets/app.js')).body).toBe('console.log(1)');
    expect(page.body).toContain('<title>ok</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('answers the contract with the token header', async () => {
    const res = await send(served.server.port, '/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': 'secret-token-123' }, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { version: '9.9.9', host: 'http' } });
    const invalid = await send(served.server.port, '/api/scans.delete', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': 'secret-token-123' }, body: '{"id":-1}' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const notJson = await send(served.server.port, '/api/app.info', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Regioscan-Token': 'secret-token-123' }, body: '{}' });
    expect(notJson.status).toBe(415);
    const broken = await send(served.server.port, '/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': 'secret-token-123' }, body: '{' });
    expect(broken.status).toBe(400);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await send(served.server.port, '/api/app.info', { method: 'POST', headers: { Host: 'evil.example:80', 'Content-Type': 'application/json', 'X-Regioscan-Token': 'secret-token-123' }, body: '{}' });
    expect(res.status).toBe(421);
    expect(isAllowedHost(`localhost:${served.server.port}`, served.server.port)).toBe(true);
    expect(isAllowedHost(`localhost.evil.example:${served.server.port}`, served.server.port)).toBe(false);
  });

  it('serves nothing outside the renderer folder', async () => {
    const headers = { 'X-Regioscan-Token': 'secret-token-123' };
    for (const path of ['/../package.json', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x']) {
      const res = await send(served.server.port, path, { headers });
      expect(res.status, path).toBe(404);
    }
  });

  it('refuses writes in read-only mode', async () => {
    const res = await send(served.readOnly.port, '/api/settings.set', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': 'secret-token-123' }, body: '{"language":"en"}' });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

});
