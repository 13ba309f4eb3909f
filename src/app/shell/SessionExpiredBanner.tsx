// "Session expired — sign in again": shown while requests wait for an interactive sign-in (silent
// renewal failed). It opens as a dialog above everything — an editor open in its own dialog must not
// hide it — and, once put off with "Later", stays as a banner under the app bar. "Sign in again" opens
// the identity provider in a popup (a click is a user gesture, so browsers allow it); the page and every
// unsaved edit stay as they are, and the waiting requests go on by themselves once signed in.
import { useEffect, useState } from "react";
import { useExternalStore } from "../../lib/external-store";
import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useMsal } from "@azure/msal-react";
import { sessionGate } from "../../auth/session-gate";

function popupProblem(e: unknown): string {
  const code = (e as { errorCode?: string } | null)?.errorCode;
  if (code === "popup_window_error" || code === "empty_window_error")
    return "The sign-in window could not open. Allow pop-ups for this site, then try again.";
  if (code === "user_cancelled") return "The sign-in window was closed before signing in. Try again when ready.";
  return `Signing in did not complete${code ? ` (${code})` : ""}. Try again.`;
}

const TITLE = "Session expired — sign in again";
const EXPLANATION = "Your changes are kept on this page; anything waiting to be sent goes out once you have signed in.";

export function SessionExpiredBanner() {
  const expired = useExternalStore(sessionGate);
  const { instance } = useMsal();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [later, setLater] = useState(false);

  // Each new expiry asks again.
  useEffect(() => {
    if (!expired) setLater(false);
  }, [expired]);

  if (!expired) return null;

  async function signIn() {
    if (!expired) return;
    setBusy(true);
    setProblem(null);
    try {
      const account = instance.getActiveAccount() ?? instance.getAllAccounts()[0];
      const result = await instance.acquireTokenPopup({
        scopes: expired.scopes,
        ...(account ? { account, loginHint: account.username } : {}),
      });
      if (result.account) instance.setActiveAccount(result.account);
      sessionGate.signedInAgain();
    } catch (e) {
      setProblem(popupProblem(e));
    } finally {
      setBusy(false);
    }
  }

  const signInButton = (
    <Button color="inherit" variant="outlined" size="small" onClick={() => void signIn()} disabled={busy}>
      Sign in again
    </Button>
  );

  if (later) {
    return (
      <Alert severity="warning" role="alert" sx={{ borderRadius: 0 }} data-testid="session-expired-banner" action={signInButton}>
        <AlertTitle>{TITLE}</AlertTitle>
        {EXPLANATION}
        {problem ? <div>{problem}</div> : null}
      </Alert>
    );
  }

  return (
    <Dialog open aria-labelledby="session-expired-title" aria-describedby="session-expired-text" data-testid="session-expired-banner">
      <DialogTitle id="session-expired-title">{TITLE}</DialogTitle>
      <DialogContent>
        <DialogContentText id="session-expired-text">{EXPLANATION}</DialogContentText>
        {problem ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setLater(true)} disabled={busy}>
          Later
        </Button>
        <Button variant="contained" onClick={() => void signIn()} disabled={busy} autoFocus>
          Sign in again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
