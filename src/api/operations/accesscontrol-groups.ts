// Access Control v2: the iTwin's own groups (people and IMS groups), and the invitations a group sent.
import { CreateGroupRequest, GroupResponse, GroupsResponse, InvitationsResponse, UpdateGroupRequest } from "../wire";
import { defineOperations } from "./define";
import { Permission } from "./permissions";
import { resources } from "./resources";

const ac = "accesscontrol" as const;
const groups = "/accesscontrol/itwins/{iTwinId}/groups" as const;
const manage = [Permission.manageGroups];
// Who is in a group decides what its group member's roles reach, the caller included.
const groupChange = [resources.groups, resources.groupMembers, resources.myPermissions];

export const groupOperations = defineOperations({
  /** Organization administrators only, as Bentley's page says: owners and administration_manage_groups do not suffice. */
  listGroups: {
    method: "GET",
    path: groups,
    api: ac,
    response: GroupsResponse,
    unwrap: "groups",
    authorization: "organizationAdmin",
    paged: true,
    resources: [resources.groups],
  },
  getGroup: {
    method: "GET",
    path: `${groups}/{groupId}`,
    api: ac,
    response: GroupResponse,
    unwrap: "group",
    authorization: "iTwin",
    permissions: manage,
    resources: [resources.groups],
  },
  createGroup: {
    method: "POST",
    path: groups,
    api: ac,
    request: CreateGroupRequest,
    response: GroupResponse,
    unwrap: "group",
    authorization: "iTwin",
    permissions: manage,
    resources: [resources.groups],
  },
  /** Adding people also needs administration_invite_member, removing them administration_remove_member. */
  updateGroup: {
    method: "PATCH",
    path: `${groups}/{groupId}`,
    api: ac,
    request: UpdateGroupRequest,
    response: GroupResponse,
    unwrap: "group",
    authorization: "iTwin",
    permissions: manage,
    resources: groupChange,
  },
  deleteGroup: {
    method: "DELETE",
    path: `${groups}/{groupId}`,
    api: ac,
    response: null,
    authorization: "iTwin",
    permissions: manage,
    resources: groupChange,
  },
  listGroupInvitations: {
    method: "GET",
    path: `${groups}/{groupId}/invitations`,
    api: ac,
    response: InvitationsResponse,
    unwrap: "invitations",
    authorization: "iTwin",
    permissions: manage,
    paged: true,
    resources: [resources.groups],
  },
  cancelGroupInvitation: {
    method: "DELETE",
    path: `${groups}/{groupId}/invitations/{invitationId}`,
    api: ac,
    response: null,
    authorization: "iTwin",
    permissions: manage,
    resources: [resources.groups],
  },
});
