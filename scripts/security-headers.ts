// Headers the console is served with. The README repeats them for anyone hosting the build elsewhere.
// No 'unsafe-inline' scripts; inline styles are allowed because MUI (Emotion) injects <style> tags.
export function consoleSecurityHeaders(connectSrc: string[] = []): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSrc.join(" ")}`.trim(),
    // MSAL's silent renewal loads the authority in a hidden iframe.
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin-allow-popups",
  };
}
