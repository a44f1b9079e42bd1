/** The page's CSP meta tag and the serve harness's CSP header say the same, and neither allows eval or remote origins. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/serve/security';
import { REPO_ROOT } from '../../src-main/version';

describe('content security policy', () => {
  const html = readFileSync(join(REPO_ROOT, 'src-renderer', 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

  it('is in the page and matches the harness header (frame-ancestors only as a header)', () => {
    expect(meta).toBeDefined();
    const directives = (csp: string) => csp.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).sort();
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('allows no eval, no inline scripts and no remote origins', () => {
    for (const csp of [meta!, CONTENT_SECURITY_POLICY]) {
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
      expect(csp).not.toMatch(/https?:/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
    }
  });
});
