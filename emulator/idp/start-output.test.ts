// @vitest-environment node
// What a person sees in the terminal after starting the local stack: the banner with the sign-ins, and no
// warning from the identity provider (neither the runtime notice nor the in-memory adapter one), even
// once a sign-in page and the provider's discovery document have been served.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe("starting the local stack", () => {
  it("prints the banner and no identity-provider warning, also after the provider has served a request", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--api-only", "--port", String(port)], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    stop = () => child.kill();
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain("Demo sign-ins");

    // The provider builds its pages and stores on first use: ask it for discovery and a sign-in start.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    try {
      const discovery = await fetch(`https://localhost:${port}/idp/.well-known/openid-configuration`);
      expect(discovery.status).toBe(200);
      const auth = await fetch(
        `https://localhost:${port}/idp/auth?client_id=itwin-access-console&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`https://localhost:${port}/redirect.html`)}&code_challenge=${"a".repeat(43)}&code_challenge_method=S256`,
        { redirect: "manual" },
      );
      expect(auth.status).toBeLessThan(500);
    } finally {
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    }
    await new Promise((r) => setTimeout(r, 500));

    expect(output).not.toMatch(/oidc-provider|WARNING/);
    expect(output).not.toContain("Unsupported runtime");
    expect(output).not.toMatch(/development-only|in-memory adapter/i);
  });
});
