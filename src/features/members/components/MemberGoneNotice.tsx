// A member removed elsewhere while their roles were being edited: says so, lists the role changes that
// could not be applied, and offers to add the member back with the roles chosen — or to let them go.
import { useState } from "react";
import { Button } from "@mui/material";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { UnappliedChanges } from "../../../components/UnappliedChanges";
import { plural } from "../../../lib/plural";
import { useAddGroupMembers } from "../api/add-group-members";
import { useAddUserMembers } from "../api/add-user-members";
import type { RoleDiff } from "../role-diff";
import { INVITE_PERMISSION } from "./member-access";
import { ServerName } from "../../../components/ServerName";

export interface GoneMember {
  kind: "user" | "group";
  id: string;
  name: string;
  /** A user is added back by e-mail. */
  email?: string;
}

export interface MemberGoneNoticeProps {
  iTwinId: string;
  member: GoneMember;
  /** What the editor was about to save, against the roles it was opened with. */
  diff: RoleDiff;
  /** Every role the member was to hold. */
  roleIds: string[];
  names: (id: string) => string;
  onAddedBack: (message: string) => void;
  onDiscard: () => void;
}

export function MemberGoneNotice({ iTwinId, member, diff, roleIds, names, onAddedBack, onDiscard }: MemberGoneNoticeProps) {
  const addUsers = useAddUserMembers(iTwinId);
  const addGroups = useAddGroupMembers(iTwinId);
  const [failure, setFailure] = useState<unknown>(null);
  const busy = addUsers.isPending || addGroups.isPending;
  // A user is added back by e-mail; one listed without an e-mail (a missing user) cannot be.
  const canAddBack = member.kind === "group" || Boolean(member.email);
  const roles = plural(roleIds.length, "role");

  async function addBack() {
    setFailure(null);
    try {
      if (member.kind === "group") {
        await addGroups.mutateAsync({ groupIds: [member.id], roleIds, groupNames: [member.name] });
        onAddedBack(`${member.name} added back with ${roles}.`);
        return;
      }
      const answer = await addUsers.mutateAsync({ emails: [member.email!], roleIds });
      onAddedBack(
        answer.members.length > 0
          ? `${member.name} added back with ${roles}.`
          : `${member.name} is not in this organization any more: an invitation with ${roles} was sent to ${member.email}.`,
      );
    } catch (error) {
      setFailure(error);
    }
  }

  const noun = member.kind === "group" ? "group" : "member";
  return (
    <>
      <NotFoundNotice
        title={
          <>
            <ServerName name={member.name} /> is no longer a member of this iTwin
          </>
        }
        backLabel="Discard these changes"
        onBack={onDiscard}
        busy={busy}
        actions={
          canAddBack ? (
            <Button variant="outlined" color="inherit" size="small" onClick={() => void addBack()} disabled={busy}>
              {busy ? (
                "Adding back…"
              ) : (
                <>
                  Add <ServerName name={member.name} /> back with these roles
                </>
              )}
            </Button>
          ) : null
        }
      >
        Someone removed this {noun} from the iTwin while you were editing, so nothing was saved.
        <UnappliedChanges
          changes={[
            ...diff.added.map((id) => ({ kind: "add" as const, name: names(id) })),
            ...diff.removed.map((id) => ({ kind: "remove" as const, name: names(id) })),
          ]}
        />
        {canAddBack ? null : "This user has no e-mail address on record, so they cannot be added back from here."}
      </NotFoundNotice>
      {failure ? <ApiErrorAlert error={failure} action={`Adding ${member.name} back`} requiredPermission={INVITE_PERMISSION} /> : null}
    </>
  );
}
