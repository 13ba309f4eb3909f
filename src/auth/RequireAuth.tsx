// Gates the console behind sign-in: with no account, starts the PKCE redirect sign-in and comes back to
// the very page that was asked for (deep links survive sign-in).
import { useEffect, type ReactNode } from "react";
import { InteractionStatus } from "@azure/msal-browser";
import { useMsal } from "@azure/msal-react";
import { Box, CircularProgress } from "@mui/material";

export function RequireAuth({ scopes, children }: { scopes: string[]; children: ReactNode }) {
  const { instance, accounts, inProgress } = useMsal();
  const signedIn = accounts.length > 0;
  useEffect(() => {
    if (!signedIn && inProgress === InteractionStatus.None) {
      void instance.loginRedirect({ scopes, redirectStartPage: window.location.href });
    }
  }, [signedIn, inProgress, instance, scopes]);
  if (!signedIn) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 4 }} role="status">
        <CircularProgress size={20} /> Signing in…
      </Box>
    );
  }
  return <>{children}</>;
}
