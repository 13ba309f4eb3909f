// Access Control v2: user members, group members, owners and member invitations of an iTwin.
// A member's id is the user's id; a group member's id is the group's id.
import {
  AddGroupMembersRequest,
  AddGroupMembersResponse,
  AddOwnerRequest,
  AddOwnerResponse,
  AddUserMembersRequest,
  AddUserMembersResponse,
  GroupMemberResponse,
  GroupMembersResponse,
  InvitationResponse,
  InvitationsResponse,
  OwnersResponse,
  UpdateMemberRolesRequest,
  UserMemberResponse,
  UserMembersResponse,
} from "../wire";
import { defineOperations } from "./define";
import { Permission } from "./permissions";
import { resources } from "./resources";

const ac = "accesscontrol" as const;
const users = "/accesscontrol/itwins/{iTwinId}/members/users" as const;
const groups = "/accesscontrol/itwins/{iTwinId}/members/groups" as const;
const owners = "/accesscontrol/itwins/{iTwinId}/members/owners" as const;
const invitations = "/accesscontrol/itwins/{iTwinId}/members/invitations" as const;
// Who holds which roles decides what the caller may do, when the caller is among them.
const userChange = [resources.userMembers, resources.myPermissions];
const groupChange = [resources.groupMembers, resources.myPermissions];

export const memberOperations = defineOperations({
  listUserMembers: {
    method: "GET",
    path: users,
    api: ac,
    response: UserMembersResponse,
    unwrap: "members",
    authorization: "member",
    paged: true,
    resources: [resources.userMembers],
  },
  getUserMember: {
    method: "GET",
    path: `${users}/{memberId}`,
    api: ac,
    response: UserMemberResponse,
    unwrap: "member",
    authorization: "member",
    resources: [resources.userMembers],
  },
  /** Same-organization users become members; anyone else is invited. */
  addUserMembers: {
    method: "POST",
    path: users,
    api: ac,
    request: AddUserMembersRequest,
    response: AddUserMembersResponse,
    authorization: "iTwin",
    permissions: [Permission.inviteMember],
    resources: [...userChange, resources.invitations],
  },
  updateUserMemberRoles: {
    method: "PATCH",
    path: `${users}/{memberId}`,
    api: ac,
    request: UpdateMemberRolesRequest,
    response: UserMemberResponse,
    unwrap: "member",
    authorization: "iTwin",
    permissions: [Permission.inviteMember],
    resources: userChange,
  },
  removeUserMember: {
    method: "DELETE",
    path: `${users}/{memberId}`,
    api: ac,
    response: null,
    authorization: "iTwin",
    permissions: [Permission.removeMember],
    resources: userChange,
  },

  listGroupMembers: {
    method: "GET",
    path: groups,
    api: ac,
    response: GroupMembersResponse,
    unwrap: "members",
    authorization: "member",
    paged: true,
    resources: [resources.groupMembers],
  },
  getGroupMember: {
    method: "GET",
    path: `${groups}/{groupId}`,
    api: ac,
    response: GroupMemberResponse,
    unwrap: "member",
    authorization: "member",
    resources: [resources.groupMembers],
  },
  addGroupMembers: {
    method: "POST",
    path: groups,
    api: ac,
    request: AddGroupMembersRequest,
    response: AddGroupMembersResponse,
    authorization: "iTwin",
    permissions: [Permission.inviteMember],
    resources: groupChange,
  },
  updateGroupMemberRoles: {
    method: "PATCH",
    path: `${groups}/{groupId}`,
    api: ac,
    request: UpdateMemberRolesRequest,
    response: GroupMemberResponse,
    unwrap: "member",
    authorization: "iTwin",
    permissions: [Permission.inviteMember],
    resources: groupChange,
  },
  removeGroupMember: {
    method: "DELETE",
    path: `${groups}/{groupId}`,
    api: ac,
    response: null,
    authorization: "iTwin",
    permissions: [Permission.removeMember],
    resources: groupChange,
  },

  listOwners: {
    method: "GET",
    path: owners,
    api: ac,
    response: OwnersResponse,
    unwrap: "members",
    authorization: "member",
    paged: true,
    resources: [resources.owners],
  },
  /** Only owners and organization administrators, on top of the permission. */
  addOwner: {
    method: "POST",
    path: owners,
    api: ac,
    request: AddOwnerRequest,
    response: AddOwnerResponse,
    authorization: "route",
    permissions: [Permission.inviteMember],
    resources: [resources.owners, resources.invitations, resources.myPermissions],
  },
  removeOwner: {
    method: "DELETE",
    path: `${owners}/{memberId}`,
    api: ac,
    response: null,
    authorization: "route",
    permissions: [Permission.removeMember],
    resources: [resources.owners, resources.myPermissions],
  },

  /** Owners and org admins see every invitation; others only those they sent or received. */
  listInvitations: {
    method: "GET",
    path: invitations,
    api: ac,
    response: InvitationsResponse,
    unwrap: "invitations",
    authorization: "member",
    paged: true,
    resources: [resources.invitations],
  },
  getInvitation: {
    method: "GET",
    path: `${invitations}/{invitationId}`,
    api: ac,
    response: InvitationResponse,
    unwrap: "invitation",
    authorization: "route",
    resources: [resources.invitations],
  },
  cancelInvitation: {
    method: "DELETE",
    path: `${invitations}/{invitationId}`,
    api: ac,
    response: null,
    authorization: "route",
    resources: [resources.invitations],
  },
  acceptInvitation: {
    method: "POST",
    path: `${invitations}/{invitationId}/accept`,
    api: ac,
    response: null,
    authorization: "route",
    resources: [resources.invitations, resources.userMembers, resources.myPermissions],
  },
});
