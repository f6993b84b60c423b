// The Content-Security-Policy of every app page, in both shells. No remote origin appears in it:
// the app is offline by design. Mermaid writes inline <style> into its SVGs, which is why styles
// (and only styles) may be inline.
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
