// MSW fixtures for the members component tests.
import { http, HttpResponse } from "msw";
import type { GroupMember, MemberInvitation, Role, UserMember } from "../../../api/wire";
import { TEST_API } from "../../../test/render";

export const AC = `${TEST_API}/accesscontrol/itwins/:id`;

export const ROLES: Role[] = [
  { id: "r-reader", displayName: "iTwin Reader", description: "Read-only access", permissions: ["itwins_read", "imodels_read"] },
  {
    id: "r-writer",
    displayName: "Write Access",
    description: "Edits data",
    permissions: ["itwins_read", "imodels_write", "storage_upload"],
  },
  { id: "r-pm", displayName: "Project Manager", description: "Manages members", permissions: ["administration_invite_member"] },
];

export const user = (n: number, over: Partial<UserMember> = {}): UserMember => ({
  id: `u-${n}`,
  email: `person${n}@riverbend.example`,
  givenName: `Person${n}`,
  surname: "Tester",
  organization: "Riverbend",
  roles: [{ id: "r-reader", displayName: "iTwin Reader" }],
  ...over,
});

export const MISSING: UserMember = {
  id: "u-missing",
  email: null,
  givenName: null,
  surname: null,
  organization: null,
  roles: [{ id: "r-reader", displayName: "iTwin Reader" }],
};

export const ALL_PERMISSIONS = [
  "administration_invite_member",
  "administration_remove_member",
  "administration_manage_roles",
  "administration_manage_groups",
];

export function permissionsHandler(permissions: string[] = ALL_PERMISSIONS) {
  return http.get(`${AC}/permissions`, () => HttpResponse.json({ permissions }));
}

export function rolesHandler(roles: Role[] = ROLES) {
  return http.get(`${AC}/roles`, () => HttpResponse.json({ roles }));
}

/** The users list in pages of `pageSize`, with absolute next links, whatever $top the client asks. */
export function usersHandler(members: UserMember[], pageSize = 100) {
  return http.get(`${AC}/members/users`, ({ request }) => {
    const url = new URL(request.url);
    const skip = Number(url.searchParams.get("$skip") ?? 0);
    const top = Math.min(Number(url.searchParams.get("$top") ?? pageSize), pageSize);
    const next = skip + top < members.length ? { href: `${url.origin}${url.pathname}?$skip=${skip + top}&$top=${top}` } : undefined;
    return HttpResponse.json({ members: members.slice(skip, skip + top), _links: { self: { href: request.url }, ...(next && { next }) } });
  });
}

/** The member whose roles the role editor tests edit. */
export const ANNA = user(1, { givenName: "Anna", surname: "Editor", roles: [{ id: "r-reader", displayName: "iTwin Reader" }] });

/** What the role editor reads: the caller's permissions, the roles, the users list and the member itself. */
export function editorHandlers(member: UserMember = ANNA) {
  return [
    permissionsHandler(),
    rolesHandler(),
    usersHandler([member]),
    http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json({ member })),
  ];
}

export function groupsMembersHandler(members: GroupMember[]) {
  return http.get(`${AC}/members/groups`, () => HttpResponse.json({ members, _links: {} }));
}

export const invitation = (n: number, over: Partial<MemberInvitation> = {}): MemberInvitation => ({
  id: `inv-${n}`,
  email: `guest${n}@partner.example`,
  invitedByEmail: "paul.manager@riverbend.example",
  status: "Pending",
  createdDate: new Date(Date.now() - 86_400_000).toISOString(),
  expirationDate: new Date(Date.now() + 3.5 * 86_400_000).toISOString(),
  roles: [{ id: "r-reader", displayName: "iTwin Reader" }],
  ...over,
});

export { SEED_MEMBER_PATCH_422 as SEED_422 } from "../../../test/seed-errors";
