// `npm start` / `npm run emulator`: the console build and the embedded local stack on one https origin,
// bound to loopback only. Options (all optional):
//   --port N            default 4173 (env PORT)
//   --api-only          serve only the identity provider, the API emulator and its controls
//   --preset demo|large|org|org-small|org-plans data set (env PRESET)
//   --latency MS        added latency on every API request
//   --rate-limit F      fraction 0..1 of API requests answered 429
//   --retry-after N     Retry-After seconds on those 429s
//   --retry-after-form seconds|http-date
//   --server-errors F   fraction 0..1 of API requests answered 5xx (--server-error-format json|html)
//   --drop F            fraction 0..1 of API requests whose connection is dropped
//   behaviour settings where Bentley's pages are silent (docs/emulator.md, "Settings"):
//   --query-scope-others ignore|refuse   --link-form canonical|itwins-member|accesscontrol-members
//   --max-top N   --empty-assignments not-found|empty-list   --empty-add-side array|null
//   --existing-member merge|conflict   --rate-budget N (requests/minute, 0 = off)   --rate-tier NAME
//   --job-delay MS
//   --offline-access yes|no  whether the client is registered for offline_access (default yes)
//   --token-ttl S       access-token lifetime in seconds (default 3600)
//   --dist DIR          the built console to serve (default dist)
import { createServer } from "node:https";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createStack } from "../emulator/stack.ts";
import { DEMO_USERS } from "../emulator/demo-users.ts";
import { localhostCertificate } from "./tls.ts";
import { serveStatic } from "./static-files.ts";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "api-only": { type: "boolean", default: false },
    preset: { type: "string" },
    latency: { type: "string" },
    "rate-limit": { type: "string" },
    "retry-after": { type: "string" },
    "retry-after-form": { type: "string" },
    "server-errors": { type: "string" },
    "server-error-format": { type: "string" },
    drop: { type: "string" },
    "token-ttl": { type: "string" },
    "offline-access": { type: "string" },
    "query-scope-others": { type: "string" },
    "link-form": { type: "string" },
    "max-top": { type: "string" },
    "empty-assignments": { type: "string" },
    "empty-add-side": { type: "string" },
    "existing-member": { type: "string" },
    "rate-budget": { type: "string" },
    "rate-tier": { type: "string" },
    "job-delay": { type: "string" },
    dist: { type: "string" },
    lanes: { type: "string" },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 4173);
const origin = `https://localhost:${port}`;
const lanes = Math.max(1, Number(values.lanes ?? 1));
const preset = (values.preset ?? process.env.PRESET ?? "demo") as "demo" | "large" | "org" | "org-small" | "org-plans";
const stackAt = (origin: string) =>
  createStack({
    origin,
    preset,
    // Unknown choices fall back to the defaults (mergeSettings keeps only valid values).
    settings: Object.fromEntries(
      Object.entries({
        queryScopeForOthers: values["query-scope-others"],
        linkForm: values["link-form"],
        maxTop: values["max-top"],
        emptyAssignments: values["empty-assignments"],
        emptyAddSide: values["empty-add-side"],
        existingMember: values["existing-member"],
        rateLimitPerMinute: values["rate-budget"],
        rateLimitTier: values["rate-tier"],
        jobDelayMs: values["job-delay"],
      }).filter(([, v]) => v !== undefined),
    ),
    offlineAccess: values["offline-access"] !== "no",
    accessTokenTtlSeconds: values["token-ttl"] ? Number(values["token-ttl"]) : undefined,
    faults: {
      ...(values.latency ? { latencyMs: Number(values.latency) } : {}),
      ...(values["rate-limit"] ? { rateLimitFraction: Number(values["rate-limit"]) } : {}),
      ...(values["retry-after"] ? { retryAfterSeconds: Number(values["retry-after"]) } : {}),
      ...(values["retry-after-form"] ? { retryAfterForm: values["retry-after-form"] as "seconds" | "http-date" } : {}),
      ...(values["server-errors"] ? { serverErrorFraction: Number(values["server-errors"]) } : {}),
      ...(values["server-error-format"] ? { serverErrorFormat: values["server-error-format"] as "json" | "html" } : {}),
      ...(values.drop ? { dropFraction: Number(values.drop) } : {}),
    },
  });

const tls = await localhostCertificate(join(root, ".certs"));
const dist = join(root, values.dist ?? "dist");
// Each lane is a stack of its own (its own data, sign-ins and faults), so parallel test workers never meet.
const stacks = await Promise.all(Array.from({ length: lanes }, (_, i) => stackAt(`https://localhost:${port + i}`)));
const servers = stacks.map((stack) =>
  createServer(tls, (req, res) => {
    stack
      .handle(req, res)
      .then((handled) => {
        if (handled) return;
        if (values["api-only"])
          res.writeHead(404, { "content-type": "text/plain" }).end("Not found (emulator only: /idp, /api, /__emulator).");
        else serveStatic(dist, req, res);
      })
      .catch((e: unknown) => {
        console.error("request failed:", e instanceof Error ? e.message : e);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end();
      });
  }),
);

// Every lane listens before the first one answers, so whoever waits for the first finds them all.
for (const [i, server] of servers.entries()) if (i > 0) server.listen(port + i, "127.0.0.1");
servers[0]!.listen(port, "127.0.0.1", () => {
  const lines = [
    "",
    values["api-only"] ? "  iTwin API emulator and local identity provider" : "  iTwin Access Console on its embedded local stack",
    "",
    values["api-only"] ? `  API:        ${origin}/api` : `  Console:    ${origin}/`,
    `  Authority:  ${origin}/idp   (client id itwin-access-console)`,
    `  Controls:   ${origin}/__emulator/state`,
    `  Data:       preset "${preset}"`,
    "",
    "  Demo sign-ins (e-mail / password):",
    ...DEMO_USERS.map((u) => `    ${u.email.padEnd(34)} ${u.password.padEnd(15)} ${u.summary}`),
    "",
    "  The certificate is self-signed: accept the browser warning once (or see README for mkcert).",
    "",
  ];
  console.log(lines.join("\n"));
});
