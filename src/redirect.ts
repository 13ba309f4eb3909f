// MSAL's redirect bridge: the registered redirect URI. It hands the authorization response back to the
// window (or popup/iframe opener) that started the flow, then returns to the page the user was on.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((e: unknown) => {
  const code = (e as { errorCode?: string }).errorCode ?? "unknown_error";
  document.body.textContent = `Sign-in could not complete (${code}). Return to the console and try again.`;
});
