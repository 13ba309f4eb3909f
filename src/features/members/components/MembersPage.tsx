// The Members page: users, groups, owners and invitations in tabs (the tab is kept in the URL so a
// reload or a shared link opens the same one), and a notice when the caller may only look.
import { useState } from "react";
import { Alert, Box, Snackbar, Stack, Tab, Tabs, Typography } from "@mui/material";
import { useParams, useSearchParams } from "react-router-dom";
import { UsersTab } from "./UsersTab";
import { GroupsTab } from "./GroupsTab";
import { OwnersTab } from "./OwnersTab";
import { InvitationsTab } from "./InvitationsTab";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";

const TABS = [
  { key: "users", label: "Users" },
  { key: "groups", label: "Groups" },
  { key: "owners", label: "Owners" },
  { key: "invitations", label: "Invitations" },
] as const;
type TabKey = (typeof TABS)[number]["key"];

export function MembersPage() {
  const { iTwinId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((t) => t.key === params.get("tab"))?.key ?? "users";
  const [message, setMessage] = useState<string | null>(null);
  const access = useMemberAccess(iTwinId);
  const missing = [
    ...(access.invite.known && !access.invite.allowed ? [`${INVITE_PERMISSION} (to add members and change roles)`] : []),
    ...(access.remove.known && !access.remove.allowed ? [`${REMOVE_PERMISSION} (to remove members)`] : []),
  ];

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Members
      </Typography>
      {missing.length > 0 ? (
        <Alert severity="info" data-testid="members-permission-notice">
          You can view members. You lack {missing.join(" and ")}; ask an iTwin owner or organization administrator if you need to.
        </Alert>
      ) : null}
      <Box sx={{ borderBottom: 1, borderColor: "divider" }}>
        <Tabs value={tab} onChange={(_e, v: TabKey) => setParams(v === "users" ? {} : { tab: v }, { replace: true })} aria-label="Member kinds" variant="scrollable" scrollButtons="auto">
          {TABS.map((t) => (
            <Tab key={t.key} value={t.key} label={t.label} id={`members-tab-${t.key}`} aria-controls={`members-panel-${t.key}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`members-panel-${tab}`} aria-labelledby={`members-tab-${tab}`}>
        {tab === "users" ? <UsersTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "groups" ? <GroupsTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "owners" ? <OwnersTab iTwinId={iTwinId} /> : null}
        {tab === "invitations" ? <InvitationsTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
      </Box>
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        <Alert severity="success" onClose={() => setMessage(null)} role="status" variant="filled">
          {message}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
