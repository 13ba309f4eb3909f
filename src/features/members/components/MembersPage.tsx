// The Members page: users, groups, owners, invitations and share links in tabs (the tab is kept in the URL so a
// reload or a shared link opens the same one), and a notice when the caller may only look.
import { useState } from "react";
import { Alert, Stack } from "@mui/material";
import { useParams } from "react-router-dom";
import { UrlTabs, useUrlTab } from "../../../components/UrlTabs";
import { SavedMessage } from "../../../components/SavedMessage";
import { PrivilegedCount } from "../../../components/PrivilegedCount";
import { UsersTab } from "./UsersTab";
import { GroupsTab } from "./GroupsTab";
import { OwnersTab } from "./OwnersTab";
import { InvitationsTab } from "./InvitationsTab";
import { SharesTab } from "./SharesTab";
import { INVITE_PERMISSION, REMOVE_PERMISSION, useMemberAccess } from "./member-access";
import { PageHeader } from "../../../components/PageHeader";
import { MEMBER_TABS } from "../member-tabs";

export function MembersPage() {
  const { iTwinId = "" } = useParams();
  const [tab, setTab] = useUrlTab(MEMBER_TABS);
  const [message, setMessage] = useState<string | null>(null);
  const access = useMemberAccess(iTwinId);
  const missing = [
    ...(access.invite.known && !access.invite.allowed ? [`${INVITE_PERMISSION} (to add members and change roles)`] : []),
    ...(access.remove.known && !access.remove.allowed ? [`${REMOVE_PERMISSION} (to remove members)`] : []),
  ];

  return (
    <Stack spacing={2}>
      <PageHeader title="Members" />
      {missing.length > 0 ? (
        <Alert severity="info" data-testid="members-permission-notice">
          You can view members. You lack {missing.join(" and ")}; ask an iTwin owner or organization administrator if you need to.
        </Alert>
      ) : null}
      <PrivilegedCount iTwinId={iTwinId} />
      <UrlTabs tabs={MEMBER_TABS} value={tab} onChange={setTab} label="Member kinds" idPrefix="members">
        {tab === "users" ? <UsersTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "groups" ? <GroupsTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "owners" ? <OwnersTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "invitations" ? <InvitationsTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
        {tab === "shares" ? <SharesTab iTwinId={iTwinId} onMessage={setMessage} /> : null}
      </UrlTabs>
      <SavedMessage message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
