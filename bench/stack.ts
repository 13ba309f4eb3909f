// The local stack (console build + IdP + API emulator) as a child process: started with the same
// serve script people use, awaited until /config.json answers, and always killed when the bench ends.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { isAbsolute, join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const live = new Set<ChildProcess>();

// Whatever way the bench ends (error, Ctrl+C, normal exit), no server is left behind.
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of live) child.kill("SIGKILL");
    process.exit(130);
  });
}

export interface Stack {
  origin: string;
  stop(): Promise<void>;
  /** The server's stderr so far (for error messages). */
  errors(): string;
}

function httpsStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

export async function startStack(opts: {
  port: number;
  dist: string;
  preset: "demo" | "large" | "org" | "org-small" | "org-plans";
  timeoutMs?: number;
}): Promise<Stack> {
  const origin = `https://localhost:${opts.port}`;
  if ((await httpsStatus(`${origin}/config.json`)) !== 0)
    throw new Error(`port ${opts.port} is already in use; stop what runs there or pass --port`);
  // serve.ts joins --dist onto the project root, so it must be relative.
  const dist = isAbsolute(opts.dist) ? relative(root, opts.dist) : opts.dist;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--port", String(opts.port), "--dist", dist, "--preset", opts.preset],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  live.add(child);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let exited: number | null = null;
  child.on("exit", (code) => {
    exited = code ?? -1;
    live.delete(child);
  });

  const stop = async () => {
    if (exited !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the stack exited (code ${exited}) before serving: ${stderr.trim()}`);
    const status = await httpsStatus(`${origin}/config.json`);
    if (status === 200) return { origin, stop, errors: () => stderr };
    if (status !== 0) {
      await stop();
      throw new Error(`the stack answered ${origin}/config.json with HTTP ${status} (is --dist ${dist} a console build?)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the stack did not answer ${origin}/config.json within ${(opts.timeoutMs ?? 120_000) / 1000} s: ${stderr.trim()}`);
}
