// Access insight: why a person has access (effective access, check access), who has a role or a
// permission, and role changes for many members at once. The sub-tab is kept in the URL.
import { plural } from "../../../lib/plural";
import { useMemo, useState } from "react";
import { Box, CircularProgress, Stack, Typography } from "@mui/material";
import { useParams } from "react-router-dom";
import { UrlTabs, useUrlTab } from "../../../components/UrlTabs";
import { SavedMessage } from "../../../components/SavedMessage";
import { isApiError } from "../../../api/api-error";
import { useCan } from "../../../api/queries/my-permissions";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useAccessData } from "../api/use-access-data";
import { effectiveAccess, sameId, type Person } from "../effective-access";
import { BulkChangeWizard } from "./BulkChangeWizard";
import { CheckAccessPanel } from "./CheckAccessPanel";
import { EffectiveAccessView } from "./EffectiveAccessView";
import { MemberPicker } from "./MemberPicker";
import { INVITE_PERMISSION, SameAccessDialog } from "./SameAccessDialog";
import { WhoHasItPanel } from "./WhoHasItPanel";
import { GroupVisibilityNotices } from "./GroupVisibilityNotices";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { permissionOf } from "../../../api/operations/define";
import { PageHeader } from "../../../components/PageHeader";
import { OwnAccessPanel } from "./OwnAccessPanel";

const TABS = [
  { key: "effective", label: "Effective access" },
  { key: "check", label: "Check access" },
  { key: "who", label: "Who has it" },
  { key: "bulk", label: "Bulk changes" },
] as const;

export function AccessPage() {
  const { iTwinId = "" } = useParams();
  const [tab, setTab] = useUrlTab(TABS);
  const access = useAccessData(iTwinId);
  const canEdit = useCan(iTwinId, INVITE_PERMISSION);
  const listRoles = useCan(iTwinId, permissionOf(roleOperations.listRoles));
  const [personId, setPersonId] = useState<string | null>(null);
  const [sameAccessOpen, setSameAccessOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // Resolved against the latest lists, so a saved change shows at once.
  const person = useMemo(() => (personId ? (access.people.find((p) => sameId(p.id, personId)) ?? null) : null), [personId, access.people]);
  const choose = (p: Person | null) => setPersonId(p?.id ?? null);
  const effective = useMemo(
    () => (person && access.data && access.index ? effectiveAccess(person, access.data, access.index) : null),
    [person, access.data, access.index],
  );
  const targetUser = person?.isUserMember ? access.data?.users.find((u) => sameId(u.id, person.id)) : undefined;

  return (
    <Stack spacing={2}>
      <PageHeader title="Access insight" />
      {access.error ? (
        <>
          <ApiErrorAlert
            error={access.error}
            action="Loading roles and members"
            requiredPermission={
              isApiError(access.error) && access.error.status === 403 ? permissionOf(roleOperations.listRoles) : undefined
            }
            onRetry={access.retry}
          />
          {/* Refused other people's access, everyone may still see their own. */}
          {listRoles.known && !listRoles.allowed ? <OwnAccessPanel iTwinId={iTwinId} /> : null}
        </>
      ) : access.loading || !access.data || !access.index ? (
        <Box sx={{ display: "flex", gap: 2, alignItems: "center" }} role="status">
          <CircularProgress size={20} /> Loading roles, members and groups…
          {access.loadedMembers > 0 ? ` ${plural(access.loadedMembers, "member")} so far` : ""}
        </Box>
      ) : (
        <>
          <GroupVisibilityNotices
            groupsError={access.groupsError}
            groupMembers={access.data.groupMembers}
            groups={access.data.groups}
            index={access.index}
          />
          <UrlTabs tabs={TABS} value={tab} onChange={setTab} label="Access insight views" idPrefix="access">
            {tab === "effective" ? (
              <Stack spacing={2}>
                <MemberPicker id="effective-member" people={access.people} value={person} onChange={choose} />
                {effective ? (
                  <EffectiveAccessView
                    access={effective}
                    onSameAccess={() => setSameAccessOpen(true)}
                    sameAccessDisabledReason={
                      canEdit.known && !canEdit.allowed ? `Changing roles needs the permission ${INVITE_PERMISSION}.` : undefined
                    }
                  />
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {access.people.length === 0
                      ? "This iTwin has no members yet: add people on the Members page."
                      : `Choose one of ${plural(access.people.length, "member")} to see every permission they hold and where it comes from.`}
                  </Typography>
                )}
              </Stack>
            ) : null}
            {tab === "check" ? (
              <CheckAccessPanel data={access.data} index={access.index} people={access.people} person={person} onPersonChange={choose} />
            ) : null}
            {tab === "who" ? <WhoHasItPanel data={access.data} index={access.index} people={access.people} /> : null}
            {tab === "bulk" ? (
              // Keyed by iTwin: a bulk change (and the job it waits for) belongs to one iTwin.
              <BulkChangeWizard
                key={iTwinId}
                iTwinId={iTwinId}
                users={access.data.users}
                roles={access.data.roles}
                canEdit={canEdit.allowed}
              />
            ) : null}
          </UrlTabs>
          {sameAccessOpen && targetUser ? (
            <SameAccessDialog
              iTwinId={iTwinId}
              target={targetUser}
              users={access.data.users}
              onClose={() => setSameAccessOpen(false)}
              onSaved={(m) => {
                setSameAccessOpen(false);
                setMessage(m);
              }}
            />
          ) : null}
        </>
      )}
      <SavedMessage message={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
