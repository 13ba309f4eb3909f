// Wire shapes of the Bentley APIs the console calls, defined once. The console validates every
// response against these; the emulator validates what it is sent and shapes what it answers with them.
// Source: Bentley's API pages (see docs/api-reference.md). Fields the docs mark nullable stay nullable.
import { z } from "zod";

// No generated code: the console's CSP has no 'unsafe-eval', and zod's eval probe would be reported
// as a violation on every page.
z.config({ jitless: true });

export const ACCEPT_V1 = "application/vnd.bentley.itwin-platform.v1+json";
export const ACCEPT_V2 = "application/vnd.bentley.itwin-platform.v2+json";

// ---- common ----------------------------------------------------------------------------------

const Link = z.object({ href: z.string() });
export const Links = z.object({
  self: Link.nullish(),
  prev: Link.nullish(),
  next: Link.nullish(),
});
export type Links = z.infer<typeof Links>;

export const ErrorDetail = z.object({
  code: z.string(),
  message: z.string(),
  target: z.string().nullish(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    target: z.string().nullish(),
    details: z.array(ErrorDetail).nullish(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---- Access Control v2 -----------------------------------------------------------------------

export const PermissionsResponse = z.object({ permissions: z.array(z.string()) });
export type PermissionsResponse = z.infer<typeof PermissionsResponse>;

export const Role = z.object({
  id: z.string(),
  displayName: z.string(),
  // Not marked required by the portal: a role without one must not fail the whole list.
  description: z.string().nullish(),
  // The create response omits permissions (createRole); everywhere else they are present.
  permissions: z.array(z.string()).optional(),
  type: z.string().nullish(),
});
export type Role = z.infer<typeof Role>;
export const RolesResponse = z.object({ roles: z.array(Role) });
export const RoleResponse = z.object({ role: Role });
export const CreateRoleRequest = z.object({
  displayName: z.string(),
  description: z.string(),
  permissions: z.array(z.string()).optional(),
});
export type CreateRoleRequest = z.infer<typeof CreateRoleRequest>;
export const UpdateRoleRequest = z.object({
  displayName: z.string().optional(),
  description: z.string().optional(),
  permissions: z.array(z.string()).optional(),
});
export type UpdateRoleRequest = z.infer<typeof UpdateRoleRequest>;

export const RoleRef = z.object({ id: z.string(), displayName: z.string(), description: z.string().nullish() });
export type RoleRef = z.infer<typeof RoleRef>;

// Missing users (deleted from IMS) keep id and roles; every profile field becomes null. The PATCH
// example in the portal answers only {id, roles}, so profile fields may also be absent.
export const UserMember = z.object({
  id: z.string(),
  email: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  organization: z.string().nullish(),
  roles: z.array(RoleRef),
});
export type UserMember = z.infer<typeof UserMember>;
export const UserMembersResponse = z.object({ members: z.array(UserMember), _links: Links.optional() });
export const UserMemberResponse = z.object({ member: UserMember });

export const MemberInvitation = z.object({
  id: z.string(),
  email: z.string(),
  invitedByEmail: z.string(),
  status: z.string(),
  createdDate: z.string(),
  expirationDate: z.string(),
  roles: z.array(RoleRef).optional(),
  inviterGivenName: z.string().nullish(),
  inviterSurname: z.string().nullish(),
  inviterOrganization: z.string().nullish(),
  projectDisplayName: z.string().nullish(),
});
export type MemberInvitation = z.infer<typeof MemberInvitation>;
export const InvitationsResponse = z.object({ invitations: z.array(MemberInvitation), _links: Links.optional() });
export const InvitationResponse = z.object({ invitation: MemberInvitation });

export const AddUserMembersRequest = z.object({
  members: z.array(z.object({ email: z.string(), roleIds: z.array(z.string()) })),
  customMessage: z.string().optional(),
});
export type AddUserMembersRequest = z.infer<typeof AddUserMembersRequest>;
// Either side may come back as null when empty (Bentley's CLI mocks show it): read as [].
const emptyWhenNull = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);
export const AddUserMembersResponse = z.object({
  members: emptyWhenNull(UserMember),
  invitations: emptyWhenNull(MemberInvitation),
});
export const UpdateMemberRolesRequest = z.object({ roleIds: z.array(z.string()) });
export type UpdateMemberRolesRequest = z.infer<typeof UpdateMemberRolesRequest>;

export const GroupMember = z.object({
  id: z.string(),
  groupName: z.string(),
  groupDescription: z.string().nullish(),
  roles: z.array(RoleRef),
});
export type GroupMember = z.infer<typeof GroupMember>;
export const GroupMembersResponse = z.object({ members: z.array(GroupMember), _links: Links.optional() });
export const GroupMemberResponse = z.object({ member: GroupMember });
export const AddGroupMembersRequest = z.object({
  members: z.array(z.object({ groupId: z.string(), roleIds: z.array(z.string()) })),
});
export type AddGroupMembersRequest = z.infer<typeof AddGroupMembersRequest>;
export const AddGroupMembersResponse = z.object({ members: emptyWhenNull(GroupMember) });

export const OwnerMember = z.object({
  id: z.string(),
  email: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  organization: z.string().nullish(),
});
export type OwnerMember = z.infer<typeof OwnerMember>;
export const OwnersResponse = z.object({ members: z.array(OwnerMember), _links: Links.optional() });
export const AddOwnerRequest = z.object({ email: z.string() });
export const AddOwnerResponse = z.object({ member: OwnerMember.nullable(), invitation: MemberInvitation.nullable() });

// The portal emits userId inside group members; the official client's type says id: accept either.
export const GroupUser = z.object({
  userId: z.string().optional(),
  id: z.string().optional(),
  email: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  organization: z.string().nullish(),
});
export type GroupUser = z.infer<typeof GroupUser>;
export const Group = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  members: z.array(GroupUser),
  imsGroups: z.array(z.string()),
  // At most 50 of each are listed; the counts (when sent) say how many there are.
  membersCount: z.number().int().nonnegative().optional(),
  imsGroupsCount: z.number().int().nonnegative().optional(),
});
export type Group = z.infer<typeof Group>;
export const GroupsResponse = z.object({ groups: z.array(Group), _links: Links.optional() });
export const GroupResponse = z.object({ group: Group });
export const CreateGroupRequest = z.object({ name: z.string(), description: z.string() });
export const UpdateGroupRequest = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  members: z.array(z.string()).optional(),
  imsGroups: z.array(z.string()).optional(),
});

// ---- EDFS --------------------------------------------------------------------------------------

export const PackageSummary = z.object({
  subscriptionId: z.string(),
  version: z.string(),
  uniqueName: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  subscribedBy: z.string().nullish(),
  subscribedByName: z.string().nullish(),
  subscribedOn: z.string().nullish(),
  projectStage: z.string().nullish(),
  isOdata: z.boolean().nullish(),
});
export type PackageSummary = z.infer<typeof PackageSummary>;
export const PackagesResponse = z.object({ packages: z.array(PackageSummary) });
// getPackage answers the bare object, not wrapped.
export const PackageDetails = PackageSummary.extend({
  inputExample: z.string().nullish(),
  responseExample: z.string().nullish(),
  lastChange: z.string().nullish(),
});
export type PackageDetails = z.infer<typeof PackageDetails>;

export const PackageRole = z.object({ roleId: z.string(), name: z.string(), description: z.string().nullish() });
export type PackageRole = z.infer<typeof PackageRole>;
export const PackageRolesResponse = z.object({ packageRoles: z.array(PackageRole) });

export const Assignment = z.object({
  iTwinRoleName: z.string().nullish(),
  iTwinRoleId: z.string(),
  packageRoles: z.array(z.object({ packageRoleName: z.string().nullish(), packageRoleId: z.string() })),
});
export type Assignment = z.infer<typeof Assignment>;
export const AssignmentsResponse = z.object({ assignments: z.array(Assignment) });
export const AssignmentListRequest = z.object({
  assignments: z.array(z.object({ iTwinRoleId: z.string(), packageRoleIds: z.array(z.string()) })),
});
export type AssignmentListRequest = z.infer<typeof AssignmentListRequest>;
export const RemoveAssignmentsRequest = z.object({ iTwinRoleIds: z.array(z.string()) });
export type RemoveAssignmentsRequest = z.infer<typeof RemoveAssignmentsRequest>;

// ---- iTwins ------------------------------------------------------------------------------------

export const ITwin = z.object({
  id: z.string(),
  class: z.string().nullish(),
  subClass: z.string().nullish(),
  type: z.string().nullish(),
  number: z.string().nullish(),
  displayName: z.string(),
  status: z.string().nullish(),
  geographicLocation: z.string().nullish(),
  dataCenterLocation: z.string().nullish(),
  iTwinAccountId: z.string().nullish(),
  createdDateTime: z.string().nullish(),
});
export type ITwin = z.infer<typeof ITwin>;
export const ITwinsResponse = z.object({ iTwins: z.array(ITwin), _links: Links.optional() });
export const ITwinResponse = z.object({ iTwin: ITwin });

// ---- Users -------------------------------------------------------------------------------------

export const Me = z.object({
  id: z.string().optional(),
  displayName: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  email: z.string().nullish(),
  organizationName: z.string().nullish(),
});
export type Me = z.infer<typeof Me>;
export const MeResponse = z.object({ user: Me });
// Same-organization people (search and lookup), as the invite dialog would suggest them.
export const UserSummary = z.object({
  id: z.string(),
  email: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  organizationName: z.string().nullish(),
});
export type UserSummary = z.infer<typeof UserSummary>;
export const UsersResponse = z.object({ users: z.array(UserSummary) });
export const UserResponse = z.object({ user: UserSummary });
