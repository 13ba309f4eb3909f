// Start-up: validate the runtime config, bring MSAL up and finish any sign-in redirect, then render.
// Whatever the first screen needs starts as soon as it can be known: the page's code from the address
// at once, its data right after sign-in (while React renders the shell), not when each component mounts.
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
  preloadPageCode(window.location.pathname);
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
  if (msal.getActiveAccount()) prefetchFirstScreen(window.location, services.queryClient, services.client);
  root.render(
    <StrictMode>
      <App config={result.config} msal={msal} services={services} />
    </StrictMode>,
  );
}

void start();
