// The signed-in user (name and e-mail from /users/me, falling back to the ID token) and sign-out.
import { lazy, Suspense, useState } from "react";
import { Avatar, Button } from "@mui/material";
import { useMsal } from "@azure/msal-react";
import { useMe } from "../../api/queries/me";
import { changeLog } from "../../lib/change-log";
import { forgetAllBulkJobs } from "../../features/access/bulk-job-storage";
import { initialsOf } from "../../lib/initials";

const UserMenuPopup = lazy(() => import("./UserMenuPopup").then((m) => ({ default: m.UserMenuPopup })));

export function UserMenu({ postLogoutRedirectUri }: { postLogoutRedirectUri: string }) {
  const { instance, accounts } = useMsal();
  const account = instance.getActiveAccount() ?? accounts[0];
  const me = useMe();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mounted from the first opening on, so the menu's closing transition can run.
  const [opened, setOpened] = useState(false);
  const name = me.data ? [me.data.givenName, me.data.surname].filter(Boolean).join(" ") || me.data.displayName : account?.name;
  const email = me.data?.email ?? account?.username;
  const initials = initialsOf(name, email);
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => {
          setAnchor(e.currentTarget);
          setOpened(true);
        }}
        aria-haspopup="menu"
        aria-expanded={anchor ? "true" : undefined}
        aria-controls={anchor ? "user-menu" : undefined}
        startIcon={
          // The name follows in the button; the circle only repeats it. Isolated, so its letters cannot reorder the name.
          <Avatar
            aria-hidden="true"
            sx={{
              width: 28,
              height: 28,
              flexShrink: 0,
              fontSize: 12,
              letterSpacing: "-0.02em",
              bgcolor: "primary.main",
              color: "primary.contrastText",
              whiteSpace: "nowrap",
            }}
          >
            <bdi>{initials}</bdi>
          </Avatar>
        }
        sx={{ textTransform: "none" }}
        data-testid="user-menu-button"
      >
        {name ?? "Signed in"}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <UserMenuPopup
            anchor={anchor}
            onClose={() => setAnchor(null)}
            name={name}
            secondary={`${email ?? ""}${me.data?.organizationName ? ` · ${me.data.organizationName}` : ""}`}
            onSignOut={() => {
              setAnchor(null);
              // The change log and a remembered bulk change name people and roles: they end with the session.
              changeLog.endSession();
              forgetAllBulkJobs();
              // The organization index and its plans belong to this session: gone before the next user signs in.
              // IndexedDB's library is loaded only now: the first screen does not need it.
              void import("../../org/clear-org-data")
                .then((m) => m.clearOrgData())
                .catch(() => undefined)
                .then(
                  () =>
                    // MSAL sends no id_token_hint by itself; the provider needs it to honour postLogoutRedirectUri.
                    void instance.logoutRedirect({ account, postLogoutRedirectUri, idTokenHint: account?.idToken }),
                );
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
