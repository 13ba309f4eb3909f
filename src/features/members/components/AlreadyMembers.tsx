// The part of an add's result about people who were members already and whom the server refused to add
// again (409), leaving their roles as they were. (Those whose roles it merged are listed with the others.)
import { Alert, AlertTitle } from "@mui/material";
import type { UserMember } from "../../../api/wire";
import { userDisplayName } from "../member-search";

const rolesOf = (m: UserMember) => (m.roles.length > 0 ? m.roles.map((r) => r.displayName).join(", ") : "none");

export function AlreadyMembers({ refused }: { refused: UserMember[] }) {
  return (
    <>
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
