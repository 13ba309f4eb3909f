// oidc-provider 9 warns "Unsupported runtime" when it is loaded on Node 20, although the local stack
// supports Node ≥ 20.19 and runs its whole flow there (sign-in, PKCE, refresh tokens; the end-to-end
// tests pin it). That one line is expected, so it is left out when the module loads on Node 20.19+;
// every other warning still reaches the terminal, and on any other runtime the notice is shown too.
import type * as OidcProvider from "oidc-provider";

const RUNTIME_NOTICE = "oidc-provider WARNING: Unsupported runtime.";
// oidc-provider colours the line on a terminal, so compare without ANSI colour codes.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** True on the Node versions this project supports and oidc-provider calls unsupported. */
export function expectsRuntimeNotice(nodeVersion: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = nodeVersion.split(".").map(Number);
  return major === 20 && minor >= 19;
}

/** Runs `load` with console.warn passing everything through except the expected runtime notice. */
export async function withoutRuntimeNotice<T>(load: () => Promise<T>, expected = expectsRuntimeNotice()): Promise<T> {
  if (!expected) return load();
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].replace(ANSI, "").startsWith(RUNTIME_NOTICE)) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

let loading: Promise<typeof OidcProvider> | undefined;

/** The oidc-provider module, loaded once. */
export function loadOidcProvider(): Promise<typeof OidcProvider> {
  loading ??= withoutRuntimeNotice(() => import("oidc-provider"));
  return loading;
}
