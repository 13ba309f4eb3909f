// The identity provider's own pages: sign-in, consent, sign-out and errors. Plain HTML forms with no
// script, so they work under any CSP. Every interpolated value goes through escapeHtml.
import { DEMO_USERS } from "../demo-users.ts";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Local IMS</title>
<style>
  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;color:#1b1f24;margin:0}
  main{max-width:380px;margin:8vh auto;background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12);padding:28px 32px}
  h1{font-size:1.35rem;margin:0 0 4px} p.sub{color:#4a5563;margin:0 0 20px}
  label{display:block;font-weight:600;margin:14px 0 4px} input{width:100%;box-sizing:border-box;padding:9px 10px;font-size:1rem;border:1px solid #8a94a3;border-radius:4px}
  input:focus,button:focus{outline:3px solid #1565c0;outline-offset:2px}
  button{margin-top:20px;width:100%;padding:10px;font-size:1rem;font-weight:600;border:0;border-radius:4px;background:#0b57d0;color:#fff;cursor:pointer}
  button.secondary{background:#e3e8ef;color:#1b1f24;margin-top:10px}
  .error{background:#fdecea;color:#8a1c13;border:1px solid #f5c2bd;border-radius:4px;padding:10px;margin-bottom:10px}
  ul{padding-left:20px} code{background:#eef1f5;padding:1px 4px;border-radius:3px}
  details{margin-top:18px;color:#4a5563;font-size:.9rem}
  :root{color-scheme:light dark}
  @media (prefers-color-scheme: dark){
    body{background:#121417;color:#e6e9ee} main{background:#1b1e22;box-shadow:0 2px 8px rgba(0,0,0,.6)}
    p.sub,details{color:#b4bcc8} input{background:#121417;color:#e6e9ee;border-color:#8a94a3}
    input:focus,button:focus{outline-color:#8ab4f8} button{background:#8ab4f8;color:#0b1a33}
    button.secondary{background:#2c3138;color:#e6e9ee} .error{background:#3b1613;color:#f6c6c0;border-color:#7a2a22}
    code{background:#2c3138}
  }
</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(opts: { action: string; email?: string; error?: string; clientName: string }): string {
  const demo = DEMO_USERS.map(
    (u) => `<li><code>${escapeHtml(u.email)}</code> / <code>${escapeHtml(u.password)}</code> — ${escapeHtml(u.summary)}</li>`,
  ).join("");
  return layout(
    "Sign in",
    `<h1>Sign in</h1><p class="sub">to continue to ${escapeHtml(opts.clientName)}</p>
${opts.error ? `<div class="error" role="alert" id="login-error">${escapeHtml(opts.error)}</div>` : ""}
<form method="post" action="${escapeHtml(opts.action)}" autocomplete="off">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required autofocus value="${escapeHtml(opts.email ?? "")}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required>
  <button type="submit">Sign in</button>
</form>
<details><summary>Demo accounts (local identity provider)</summary><ul>${demo}</ul></details>`,
  );
}

export function consentPage(opts: { action: string; abortAction: string; clientName: string; email: string; scopes: string[] }): string {
  const scopes = opts.scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join("");
  return layout(
    "Allow access",
    `<h1>Allow access?</h1><p class="sub">${escapeHtml(opts.clientName)} asks to act as <strong>${escapeHtml(opts.email)}</strong> with:</p>
<ul>${scopes}</ul>
<form method="post" action="${escapeHtml(opts.action)}"><button type="submit">Allow</button></form>
<form method="post" action="${escapeHtml(opts.abortAction)}"><button type="submit" class="secondary">Cancel</button></form>`,
  );
}

export function logoutPage(form: string, host: string): string {
  return layout(
    "Sign out",
    `<h1>Sign out?</h1><p class="sub">You are signing out of the local identity provider at ${escapeHtml(host)}.</p>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return layout("Signed out", `<h1>You are signed out</h1><p class="sub">You can close this window.</p>`);
}

export function errorPage(error: string, description?: string, next?: { href: string; label: string }): string {
  const way = next ? `<p><a href="${escapeHtml(next.href)}">${escapeHtml(next.label)}</a></p>` : "";
  return layout(
    "Sign-in problem",
    `<h1>Sign-in problem</h1><div class="error" role="alert">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ""}</div>${way}`,
  );
}
