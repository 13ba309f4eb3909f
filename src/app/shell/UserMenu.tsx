// The signed-in user (name and e-mail from /users/me, falling back to the ID token) and sign-out.
import { useState } from "react";
import { Avatar, Button, Divider, ListItemText, Menu, MenuItem } from "@mui/material";
import { useMsal } from "@azure/msal-react";
import { useMe } from "../../api/queries/me";
import { changeLog } from "../../lib/change-log";

export function UserMenu({ postLogoutRedirectUri }: { postLogoutRedirectUri: string }) {
  const { instance, accounts } = useMsal();
  const account = instance.getActiveAccount() ?? accounts[0];
  const me = useMe();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const name = me.data ? [me.data.givenName, me.data.surname].filter(Boolean).join(" ") || me.data.displayName : account?.name;
  const email = me.data?.email ?? account?.username;
  const initials = (name ?? email ?? "?")
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? "true" : undefined}
        aria-controls={anchor ? "user-menu" : undefined}
        startIcon={
          <Avatar sx={{ width: 28, height: 28, fontSize: 13, bgcolor: "primary.main", color: "primary.contrastText" }}>{initials}</Avatar>
        }
        sx={{ textTransform: "none" }}
        data-testid="user-menu-button"
      >
        {name ?? "Signed in"}
      </Button>
      <Menu id="user-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled sx={{ opacity: "1 !important" }}>
          <ListItemText primary={name} secondary={`${email ?? ""}${me.data?.organizationName ? ` · ${me.data.organizationName}` : ""}`} />
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            // The change log names people and roles: it ends with the session.
            changeLog.endSession();
            // MSAL sends no id_token_hint by itself; the provider needs it to honour postLogoutRedirectUri.
            void instance.logoutRedirect({ account, postLogoutRedirectUri, idTokenHint: account?.idToken });
          }}
        >
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}
