/**
 * The response headers the site is served with, one source for public/_headers (static hosts
 * that read it) and the nginx server block in scripts/nginx/. Scripts come only from the site
 * itself; Pagefind needs WebAssembly compilation. Inline styles stay allowed: chart SVG and
 * Leaflet position elements with style attributes, and a style cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Embeds are meant for other sites' iframes; everything else is framed only by the site. */
export const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", 'frame-ancestors *');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The security headers for one URL path, as a server sends them: what public/_headers says for
 * static hosts and the nginx block's map on $uri says for nginx, for servers configured in code.
 */
export function securityHeadersFor(pathname: string): Record<string, string> {
  return pathname.startsWith('/embed/')
    ? { ...SECURITY_HEADERS, 'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY }
    : { ...SECURITY_HEADERS };
}

/** The _headers file format read by static hosts (a path pattern, then indented headers). */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    `${pattern}\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  return [
    block('/*', { ...SECURITY_HEADERS }),
    block('/embed/*', { 'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY }),
  ].join('\n');
}
