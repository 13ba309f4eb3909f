// What Access insight cannot see about groups, said where it matters, so nothing is under-reported
// silently: the groups list is for organization administrators only (without it, whom a group member's
// roles reach is unknown), a group's own user list may be missing, and no API expands an IMS group.
import { Alert } from "@mui/material";
import { isApiError } from "../../../api/api-error";
import { groupOperations } from "../../../api/operations/accesscontrol-groups";
import { permissionOf } from "../../../api/operations/define";
import type { Group, GroupMember } from "../../../api/wire";
import type { GroupIndex } from "../effective-access";

export function GroupVisibilityNotices(props: {
  groupsError: unknown;
  groupMembers: readonly GroupMember[];
  groups: readonly Group[] | null;
  index: GroupIndex;
}) {
  const names = (list: readonly GroupMember[]) => list.map((g) => g.groupName).join(", ");
  const heldBy = new Set(props.groupMembers.map((g) => g.id.toLowerCase()));
  const withImsGroups = (props.groups ?? []).filter((g) => heldBy.has(g.id.toLowerCase()) && g.imsGroups.length > 0);
  return (
    <>
      {props.groupsError ? (
        <Alert severity="warning" data-testid="groups-unknown">
          Group membership could not be read
          {isApiError(props.groupsError) && props.groupsError.status === 403
            ? ` (only organization administrators may list groups, and reading them one by one needs the permission ${permissionOf(groupOperations.getGroup)})`
            : ""}
          : access that comes through groups is not shown.
          {props.groupMembers.length > 0 ? ` The roles of ${names(props.groupMembers)} may also reach people not listed here.` : ""}
        </Alert>
      ) : props.index.unresolved.length > 0 ? (
        <Alert severity="info">
          The members of {names(props.index.unresolved)} are not listed on this iTwin (for example account-level groups): access through
          them is not shown.
        </Alert>
      ) : null}
      {withImsGroups.length > 0 ? (
        <Alert severity="info" data-testid="ims-groups-unknown">
          IMS groups cannot be expanded through the API:{" "}
          {withImsGroups.map((g) => `the roles of ${g.name} may also reach members of IMS group ${g.imsGroups.join(", ")}`).join("; ")}.
          Nobody reached only that way is listed.
        </Alert>
      ) : null}
    </>
  );
}
