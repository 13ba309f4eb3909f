// Sign-in and consent for the local identity provider: the interaction routes oidc-provider redirects
// to (/idp/interaction/:uid…). Passwords are checked against the demo users; a wrong one re-renders the
// form with the provider's message, keeping the e-mail typed.
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { DEMO_USERS } from "../demo-users.ts";
import { CLIENT_NAME } from "./provider.ts";
import { consentPage, errorPage, loginPage } from "./pages.ts";

export const INVALID_CREDENTIALS = "Invalid email or password.";

/** The console is served on the provider's origin (see scripts/serve.ts); its start page picks up from here. */
const CONSOLE_START = "/";

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

/** Handles /idp/interaction/… ; returns false for anything else. */
export async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const match = /^\/idp\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?\/?(?:\?.*)?$/.exec(req.url ?? "");
  if (!match) return false;
  const [, uid, action] = match;
  const base = `/idp/interaction/${uid}`;
  try {
    const details = await provider.interactionDetails(req, res);
    if (!action && req.method === "GET") {
      if (details.prompt.name === "login") {
        sendHtml(res, 200, loginPage({ action: `${base}/login`, clientName: CLIENT_NAME }));
      } else {
        const email = DEMO_USERS.find((u) => u.id === details.session?.accountId)?.email ?? "";
        const requested = String(details.params.scope ?? "")
          .split(" ")
          .filter(Boolean);
        sendHtml(
          res,
          200,
          consentPage({ action: `${base}/confirm`, abortAction: `${base}/abort`, clientName: CLIENT_NAME, email, scopes: requested }),
        );
      }
      return true;
    }
    if (req.method !== "POST") {
      sendHtml(res, 405, errorPage("method_not_allowed"));
      return true;
    }
    if (action === "login") {
      const form = await readForm(req);
      const email = (form.get("email") ?? "").trim();
      const user = DEMO_USERS.find((u) => u.email.toLowerCase() === email.toLowerCase());
      if (!user || user.password !== form.get("password")) {
        sendHtml(res, 401, loginPage({ action: `${base}/login`, clientName: CLIENT_NAME, email, error: INVALID_CREDENTIALS }));
        return true;
      }
      await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
      return true;
    }
    if (action === "confirm") {
      const { prompt, params, session, grantId } = details;
      if (!session) throw new Error("no session");
      const grant = grantId
        ? await provider.Grant.find(grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
      if (!grant) throw new Error("grant not found");
      const missing = prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
        grant.addResourceScope(indicator, scopes.join(" "));
      const savedGrantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: grantId ? {} : { grantId: savedGrantId } },
        { mergeWithLastSubmission: true },
      );
      return true;
    }
    // abort
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "The user cancelled the sign-in." },
      { mergeWithLastSubmission: false },
    );
    return true;
  } catch (e) {
    // A spent or expired sign-in step. Reached with Back from the console after signing in: send the
    // person on to the console (still signed in there, or starting a fresh sign-in) instead of an error.
    if (!action && req.method === "GET") {
      res.writeHead(303, { location: CONSOLE_START, "cache-control": "no-store" });
      res.end();
      return true;
    }
    sendHtml(
      res,
      400,
      errorPage("This sign-in step has ended", "it was finished or it expired.", { href: CONSOLE_START, label: "Go to the console" }),
    );
    if (process.env.IDP_DEBUG) console.error(e);
    return true;
  }
}
