// Security hardening that a user cannot see but relies on: the served console carries a strict
// Content-Security-Policy (no inline scripts, never framed) and works under it, and the local stack
// listens on loopback only.
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { openSection } from "./support/resilience";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

// The redirect bridge may be framed by the console itself (MSAL's hidden-iframe renewal), nothing else.
for (const [path, framing] of [
  ["/", "'none'"],
  [`/itwins/${DEFAULT_ITWIN_ID}/roles`, "'none'"],
  ["/redirect.html", "'self'"],
] as const) {
  test(`${path} is served with a CSP without inline scripts that forbids framing (frame-ancestors ${framing})`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = directives(headers["content-security-policy"] ?? "");
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get("frame-ancestors")).toEqual([framing]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(headers["x-frame-options"]).toBe(framing === "'none'" ? "DENY" : "SAMEORIGIN");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
}

test("the console works under its CSP: signing in and every section report no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await signInAs(page, "admin", `/itwins/${DEFAULT_ITWIN_ID}/roles`);
  await expect(page.getByRole("grid", { name: "Permissions of each role" })).toBeVisible();
  for (const section of ["Members", "Packages", "Roles"] as const) {
    await openSection(page, section);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.getByTestId("changes-button").click();
  await expect(page.getByRole("dialog", { name: "Changes since sign-in" })).toBeVisible();
  expect(violations).toEqual([]);
});

/** Local addresses listening on the port, from the kernel's socket tables (Linux). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue;
      const [hexAddress = "", hexPort = ""] = local.split(":");
      if (parseInt(hexPort, 16) === port) found.push(hexAddress);
    }
  }
  return found;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

test("the local stack listens on loopback only", async ({ baseURL }) => {
  // This worker's lane of the local stack (playwright.config.ts gives each worker its own port).
  const E2E_PORT = Number(new URL(baseURL!).port);
  expect(await reachable("127.0.0.1", E2E_PORT)).toBe(true);
  // 0100007F is 127.0.0.1 as the kernel writes it; 00000000 would be every interface.
  const listening = listeningAddresses(E2E_PORT);
  if (existsSync("/proc/net/tcp")) expect(listening).toEqual(["0100007F"]);
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && a.family === "IPv4")
    .map((a) => a!.address);
  for (const address of external) expect(await reachable(address, E2E_PORT), `reachable on ${address}`).toBe(false);
});
