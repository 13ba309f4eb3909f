// Store records → wire shapes of src/api/wire.ts. Missing users keep id and roles, profile fields null.
import type {
  Assignment,
  Group,
  GroupMember,
  GroupUser,
  ITwin,
  MemberInvitation,
  OwnerMember,
  Role,
  RoleRef,
  UserMember,
} from "../../src/api/wire";
import {
  groupOf,
  roleOf,
  type GroupRecord,
  type ITwinRecord,
  type InvitationRecord,
  type RoleRecord,
  type Store,
  type UserRecord,
} from "../data/store";

type Profile = Pick<UserMember, "email" | "givenName" | "surname" | "organization">;

function profile(user: UserRecord | undefined): Profile {
  if (!user || user.missing) return { email: null, givenName: null, surname: null, organization: null };
  return { email: user.email, givenName: user.givenName, surname: user.surname, organization: user.organization };
}

export const roleView = (r: RoleRecord): Role => ({
  id: r.id,
  displayName: r.displayName,
  description: r.description,
  permissions: [...r.permissions],
  type: r.type,
});

export const roleRef = (r: RoleRecord): RoleRef => ({ id: r.id, displayName: r.displayName, description: r.description });

function roleRefs(itwin: ITwinRecord, roleIds: readonly string[]): RoleRef[] {
  return roleIds.flatMap((id) => {
    const role = roleOf(itwin, id);
    return role ? [roleRef(role)] : [];
  });
}

export function userMemberView(store: Store, itwin: ITwinRecord, userId: string): UserMember {
  return { id: userId, ...profile(store.users.get(userId)), roles: roleRefs(itwin, itwin.userMembers.get(userId) ?? []) };
}

export function ownerView(store: Store, userId: string): OwnerMember {
  return { id: userId, ...profile(store.users.get(userId)) };
}

export function groupMemberView(itwin: ITwinRecord, groupId: string): GroupMember {
  const group = groupOf(itwin, groupId);
  return {
    id: groupId,
    groupName: group?.name ?? "",
    groupDescription: group?.description ?? "",
    roles: roleRefs(itwin, itwin.groupMembers.get(groupId) ?? []),
  };
}

export function groupView(store: Store, group: GroupRecord): Group {
  // At most 50 of each on read, with the full counts beside them.
  const members: GroupUser[] = group.memberIds.slice(0, 50).map((id) => ({ userId: id, ...profile(store.users.get(id)) }));
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    members,
    imsGroups: group.imsGroups.slice(0, 50),
    membersCount: group.memberIds.length,
    imsGroupsCount: group.imsGroups.length,
  };
}

export function invitationView(
  itwin: ITwinRecord,
  inv: InvitationRecord,
  opts: { withRoles: boolean; inviter?: UserRecord },
): MemberInvitation {
  const view: MemberInvitation = {
    id: inv.id,
    email: inv.email,
    invitedByEmail: inv.invitedByEmail,
    status: inv.status,
    createdDate: inv.createdDate,
    expirationDate: inv.expirationDate,
  };
  if (opts.withRoles)
    view.roles = inv.roleIds.flatMap((id) => {
      const role = roleOf(itwin, id);
      return role ? [{ id: role.id, displayName: role.displayName }] : [];
    });
  if (opts.inviter) {
    view.inviterGivenName = opts.inviter.givenName;
    view.inviterSurname = opts.inviter.surname;
    view.inviterOrganization = opts.inviter.organization;
    view.projectDisplayName = itwin.displayName;
  }
  return view;
}

export function assignmentsView(itwin: ITwinRecord, store: Store, uniqueName: string): { assignments: Assignment[] } {
  const byRole = itwin.edfs.get(uniqueName) ?? new Map<string, string[]>();
  const assignments: Assignment[] = [];
  for (const [iTwinRoleId, packageRoleIds] of byRole) {
    if (packageRoleIds.length === 0) continue;
    assignments.push({
      iTwinRoleName: itwin.roles.get(iTwinRoleId)?.displayName ?? null,
      iTwinRoleId,
      packageRoles: packageRoleIds.map((id) => ({
        packageRoleName: store.packageRoles.find((p) => p.roleId === id)?.name ?? null,
        packageRoleId: id,
      })),
    });
  }
  return { assignments };
}

export function itwinView(itwin: ITwinRecord, full: boolean): ITwin & Record<string, unknown> {
  const minimal = {
    id: itwin.id,
    class: itwin.class,
    subClass: itwin.subClass,
    type: itwin.type,
    number: itwin.number,
    displayName: itwin.displayName,
    iTwinAccountId: itwin.iTwinAccountId,
  };
  if (!full) return minimal;
  return {
    ...minimal,
    geographicLocation: itwin.geographicLocation,
    latitude: null,
    longitude: null,
    ianaTimeZone: itwin.ianaTimeZone,
    dataCenterLocation: itwin.dataCenterLocation,
    status: itwin.status,
    parentId: itwin.iTwinAccountId,
    imageName: null,
    image: null,
    createdDateTime: itwin.createdDateTime,
    createdBy: itwin.createdBy,
    lastModifiedDateTime: itwin.createdDateTime,
    lastModifiedBy: itwin.createdBy,
  };
}
