/**
 * The Content-Security-Policy the app is built for (docs/hosting.md). Served by `vite preview`
 * and the browser tests; production hosting must send the same header. frame-ancestors only
 * works as a header, never in a <meta> tag.
 */
export const PRODUCTION_FRAME_ANCESTORS = ["'self'", 'https://malmo.se', 'https://*.malmo.se'];

export function contentSecurityPolicy(frameAncestors: string[] = PRODUCTION_FRAME_ANCESTORS): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    // data: for the PNG export's <img> of the map canvas; blob: for downloads.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export const SECURITY_HEADERS = (frameAncestors?: string[]) => ({
  'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
});
