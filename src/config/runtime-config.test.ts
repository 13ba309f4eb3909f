import { describe, expect, it } from "vitest";
import { loadConfig, validateConfig } from "./runtime-config";

const origin = "https://localhost:4173";
const good = { authority: "/idp", clientId: "itwin-access-console", scopes: ["itwin-platform"], apiBaseUrl: "/api" };

describe("runtime config", () => {
  it("resolves relative URLs against the page origin", () => {
    const r = validateConfig(good, origin);
    expect(r).toEqual({
      ok: true,
      config: {
        authority: "https://localhost:4173/idp",
        clientId: "itwin-access-console",
        scopes: ["itwin-platform"],
        apiBaseUrl: "https://localhost:4173/api",
        redirectUri: "https://localhost:4173/redirect.html",
        postLogoutRedirectUri: "https://localhost:4173/signed-out",
        requestsPerMinute: 500,
      },
    });
  });

  it("asks for itwin-platform when config.json lists no scopes", () => {
    const { scopes: _omitted, ...withoutScopes } = good;
    const r = validateConfig(withoutScopes, origin);
    expect(r.ok && r.config.scopes).toEqual(["itwin-platform"]);
  });

  it("takes the request budget per minute from requestsPerMinute and refuses a non-positive one", () => {
    const r = validateConfig({ ...good, requestsPerMinute: 3000 }, origin);
    expect(r.ok && r.config.requestsPerMinute).toBe(3000);
    expect(validateConfig({ ...good, requestsPerMinute: 0 }, origin).ok).toBe(false);
  });

  it("accepts the real Bentley values", () => {
    const r = validateConfig({ ...good, authority: "https://ims.bentley.com", apiBaseUrl: "https://api.bentley.com" }, origin);
    expect(r.ok && r.config.authority).toBe("https://ims.bentley.com");
  });

  it("names every missing or wrong field", () => {
    const r = validateConfig({ authority: "", scopes: [] }, origin);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.join("\n");
    expect(problems).toMatch(/authority/);
    expect(problems).toMatch(/clientId/);
    expect(problems).toMatch(/scopes/);
    expect(problems).toMatch(/apiBaseUrl/);
  });

  it("refuses an http authority, which MSAL would reject later with a cryptic error", () => {
    const r = validateConfig({ ...good, authority: "http://ims.example.com" }, origin);
    expect(r).toEqual({ ok: false, problems: ["authority: must be an https URL (got http)."] });
  });

  it("reports a config.json that is not JSON or not there", async () => {
    const notJson = await loadConfig(async () => new Response("<html>", { status: 200 }), origin);
    expect(notJson).toEqual({ ok: false, problems: ["/config.json is not valid JSON."] });
    const missing = await loadConfig(async () => new Response("", { status: 404 }), origin);
    expect(missing).toEqual({ ok: false, problems: ["/config.json could not be loaded (HTTP 404)."] });
  });
});
