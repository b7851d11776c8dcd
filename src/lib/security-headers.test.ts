import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY, headersFile, securityHeadersFor } from './security-headers.ts';

describe('security headers', () => {
  it('public/_headers is generated from the policy', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('the nginx server block sends the same policies', () => {
    const conf = readFileSync('scripts/nginx/laoqu.conf', 'utf8');
    expect(conf).toContain(`default   "${CONTENT_SECURITY_POLICY}";`);
    expect(conf).toContain(`~^/embed/ "${EMBED_CONTENT_SECURITY_POLICY}";`);
    expect(conf).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('lets embeds alone be framed by other sites, and keeps the other headers on them', () => {
    expect(securityHeadersFor('/reports/x/')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embed/chart/x/')['Content-Security-Policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embedded/')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embed/chart/x/')['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeadersFor('/')['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('allows scripts from the site only', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/ 'unsafe-eval'|https?:|\*/);
  });
});
