// Start-up: validate the runtime config, bring MSAL up and finish any sign-in redirect, then render.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadConfig } from "./config/runtime-config";
import { createMsalInstance } from "./auth/msal-instance";
import { ConfigErrorPage } from "./app/ConfigErrorPage";
import { App } from "./app/App";

const root = createRoot(document.getElementById("root")!);

async function start() {
  const result = await loadConfig();
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
  root.render(
    <StrictMode>
      <App config={result.config} msal={msal} />
    </StrictMode>,
  );
}

void start();
