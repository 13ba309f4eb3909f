// Start-up: validate the runtime config, bring MSAL up and finish any sign-in redirect, then render.
// Whatever the first screen needs starts as soon as it can be known: its data right after sign-in, all
// at once, then its code, then React renders the shell while the answers travel.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadConfig } from "./config/runtime-config";
import { createMsalInstance } from "./auth/msal-instance";
import { ConfigErrorPage } from "./app/ConfigErrorPage";
import { App, createAppServices } from "./app/App";
import { prefetchFirstScreen, preloadPageCode } from "./app/first-screen";

// Boot marks: the benchmark's waterfall shows what each step waited for.
const mark = (step: string) => performance.mark(`console:${step}`);

const root = createRoot(document.getElementById("root")!);

async function start() {
  mark("start");
  const result = await loadConfig();
  mark("config");
  if (!result.ok) {
    root.render(<ConfigErrorPage problems={result.problems} />);
    return;
  }
  const msal = createMsalInstance(result.config);
  await msal.initialize();
  try {
    const redirect = await msal.handleRedirectPromise();
    if (redirect?.account) msal.setActiveAccount(redirect.account);
  } catch (e) {
    console.warn(`[auth] sign-in redirect failed: ${(e as { errorCode?: string }).errorCode ?? "unknown"}`);
  }
  if (!msal.getActiveAccount()) {
    const [first] = msal.getAllAccounts();
    if (first) msal.setActiveAccount(first);
  }
  mark("signed-in");
  const services = createAppServices(result.config, msal);
  // Signed out, the shell sends the person to sign in first; nothing to fetch yet.
  if (msal.getActiveAccount()) {
    const token = services.getAccessToken();
    prefetchFirstScreen(window.location, services.queryClient, services.client);
    // The requests leave once the token is read from the cache; React's first render would hold the
    // main thread meanwhile, so it waits for that (a bounded moment: a token that must be renewed
    // interactively waits for the shell's prompt, which has to render).
    await Promise.race([token.catch(() => undefined), new Promise((resolve) => window.setTimeout(resolve, 200))]);
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    mark("requests-sent");
  }
  // The code the first screen shows beyond the shell. Started only now: evaluating it takes the main
  // thread, which the steps above need, while from here on it would wait for the network anyway.
  preloadPageCode(window.location.pathname);
  root.render(
    <StrictMode>
      <App config={result.config} msal={msal} services={services} />
    </StrictMode>,
  );
}

void start();
