// Headers the console is served with. The README repeats them for anyone hosting the build elsewhere.
// No 'unsafe-inline' scripts; inline styles are allowed because MUI (Emotion) injects <style> tags.
// Nothing may frame the console, except that the console itself may frame its redirect bridge
// (redirect.html): that is where MSAL's hidden-iframe renewal lands when no refresh token is left.
export function consoleSecurityHeaders(opts: { framedBySelf?: boolean } = {}): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // MSAL's silent renewal loads the authority in a hidden iframe.
    "frame-src 'self'",
    opts.framedBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": opts.framedBySelf ? "SAMEORIGIN" : "DENY",
    "cross-origin-opener-policy": "same-origin-allow-popups",
  };
}
