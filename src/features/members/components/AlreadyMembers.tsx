// The part of an add's result about people who were members already: the server either merged the new
// roles into theirs, or refused to add them again and left their roles as they were.
import { Alert, AlertTitle } from "@mui/material";
import type { UserMember } from "../../../api/wire";
import { userDisplayName } from "../member-search";

const rolesOf = (m: UserMember) => (m.roles.length > 0 ? m.roles.map((r) => r.displayName).join(", ") : "none");

export function AlreadyMembers({ merged, refused }: { merged: UserMember[]; refused: UserMember[] }) {
  return (
    <>
      {merged.length > 0 ? (
        <Alert severity="success" data-testid="add-users-merged">
          <AlertTitle>Already members: the new roles were added to theirs</AlertTitle>
          {merged.map((m) => (
            <div key={m.id}>{`${userDisplayName(m)} — already a member; roles now: ${rolesOf(m)}`}</div>
          ))}
        </Alert>
      ) : null}
      {refused.length > 0 ? (
        <Alert severity="info" data-testid="add-users-refused-existing">
          <AlertTitle>Already members: not changed</AlertTitle>
          {refused.map((m) => (
            <div key={m.id}>
              {`${userDisplayName(m)} — already a member; roles left as they were (${rolesOf(m)}). Change them with Edit roles in the list.`}
            </div>
          ))}
        </Alert>
      ) : null}
    </>
  );
}
