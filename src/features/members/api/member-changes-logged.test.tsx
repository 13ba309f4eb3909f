// Adding and removing members and cancelling invitations land in the change log; each undo sends the
// inverse request (or there is none, and the entry says so).
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import type { GroupMember, MemberInvitation, UserMember } from "../../../api/wire";
import { ApiClientProvider } from "../../../api/client-context";
import { createHttpClient } from "../../../api/http-client";
import { createRateLimitGate } from "../../../api/rate-limit-status";
import { memberKeys } from "../../../api/queries/member-keys";
import { iTwinRoleKeys } from "../../../api/queries/itwin-roles";
import { changeLog } from "../../../lib/change-log";
import { server, installMswServer } from "../../../test/msw";
import { TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { AC, invitation, MISSING, ROLES, user } from "../components/members-test-data";
import { useAddGroupMembers } from "./add-group-members";
import { useAddUserMembers } from "./add-user-members";
import { useCancelInvitation } from "./cancel-invitation";
import { useRemoveGroupMember } from "./remove-group-member";
import { useRemoveUserMember } from "./remove-user-member";

installMswServer();
beforeEach(() => changeLog.clear());

const RITA = user(7, {
  givenName: "Rita",
  surname: "Reader",
  email: "rita@riverbend.example",
  roles: [
    { id: "r-reader", displayName: "iTwin Reader" },
    { id: "r-writer", displayName: "Write Access" },
  ],
});
const SURVEY: GroupMember = {
  id: "g-survey",
  groupName: "Survey team",
  groupDescription: "",
  roles: [{ id: "r-writer", displayName: "Write Access" }],
};

/** A query client already holding what the members page shows (the rows acted on). */
function setup(cache: { users?: UserMember[]; groups?: GroupMember[]; invitations?: MemberInvitation[] } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  queryClient.setQueryData(iTwinRoleKeys.list(TEST_ITWIN_ID), ROLES);
  if (cache.users)
    queryClient.setQueryData(memberKeys.userPages(TEST_ITWIN_ID), { pages: [{ members: cache.users, more: false }], pageParams: [0] });
  if (cache.groups) queryClient.setQueryData(memberKeys.groups(TEST_ITWIN_ID), cache.groups);
  if (cache.invitations) queryClient.setQueryData(memberKeys.invitations(TEST_ITWIN_ID), cache.invitations);
  const client = createHttpClient({
    baseUrl: TEST_API,
    getAccessToken: async () => "t",
    sleep: async () => {},
    rateLimitGate: createRateLimitGate(),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { wrapper, queryClient };
}

/** Every write the server received, as "METHOD path" with its body; GETs of member lists answer empty. */
function recordWrites(answers: { addUsers?: { members: UserMember[]; invitations: MemberInvitation[] }; addGroups?: GroupMember[] } = {}) {
  const writes: { call: string; body?: unknown }[] = [];
  const path = (request: Request) => new URL(request.url).pathname.replace(`/accesscontrol/itwins/${TEST_ITWIN_ID}`, "");
  const write =
    (status: number, answer?: () => unknown) =>
    async ({ request }: { request: Request }) => {
      const body = request.method === "DELETE" ? undefined : await request.json();
      writes.push({ call: `${request.method} ${path(request)}`, ...(body !== undefined && { body }) });
      return answer ? HttpResponse.json(answer() as object, { status }) : new HttpResponse(null, { status });
    };
  server.use(
    http.post(
      `${AC}/members/users`,
      write(201, () => answers.addUsers ?? { members: [], invitations: [] }),
    ),
    http.patch(
      `${AC}/members/users/:memberId`,
      write(200, () => ({ member: RITA })),
    ),
    http.delete(`${AC}/members/users/:memberId`, write(204)),
    http.post(
      `${AC}/members/groups`,
      write(201, () => ({ members: answers.addGroups ?? [] })),
    ),
    http.delete(`${AC}/members/groups/:groupId`, write(204)),
    http.delete(`${AC}/members/invitations/:invitationId`, write(204)),
    http.get(`${AC}/members/:kind`, () => HttpResponse.json({ members: [], invitations: [], _links: {} })),
  );
  return writes;
}

describe("member changes in the change log", () => {
  it("logs removing a user; its undo adds them back by e-mail with the roles they had", async () => {
    const writes = recordWrites();
    const { wrapper } = setup({ users: [RITA] });
    const { result } = renderHook(() => useRemoveUserMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(RITA.id));

    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({ status: "saved", summary: "Removed Rita Reader from the iTwin", target: "User member Rita Reader" });
    expect(entry!.inverse!.summary).toMatch(/^add Rita Reader \(rita@riverbend\.example\) back with the roles iTwin Reader, Write Access/);
    await act(() => changeLog.undo(entry!.id));
    expect(writes).toEqual([
      { call: `DELETE /members/users/${RITA.id}` },
      { call: "POST /members/users", body: { members: [{ email: "rita@riverbend.example", roleIds: ["r-reader", "r-writer"] }] } },
    ]);
    expect(changeLog.getSnapshot()[1]).toMatchObject({ status: "saved", undoes: entry!.id });
  });

  it("asks the server who the member is when the row is not in the cache", async () => {
    const writes = recordWrites();
    server.use(http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json({ member: RITA })));
    const { wrapper } = setup();
    const { result } = renderHook(() => useRemoveUserMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(RITA.id));
    await act(() => changeLog.undo(changeLog.getSnapshot()[0]!.id));
    expect(writes.at(-1)).toEqual({
      call: "POST /members/users",
      body: { members: [{ email: "rita@riverbend.example", roleIds: ["r-reader", "r-writer"] }] },
    });
  });

  it("gives back the roles the member has in the pages browsed so far", async () => {
    const writes = recordWrites();
    const { wrapper, queryClient } = setup();
    const other = { ...RITA, id: "someone-else", email: "someone@riverbend.example" };
    queryClient.setQueryData(memberKeys.userPages(TEST_ITWIN_ID), {
      pages: [
        { members: [other], more: true },
        { members: [RITA], more: false },
      ],
      pageParams: [0, 1],
    });
    const { result } = renderHook(() => useRemoveUserMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(RITA.id));
    await act(() => changeLog.undo(changeLog.getSnapshot()[0]!.id));
    expect(writes.at(-1)).toEqual({
      call: "POST /members/users",
      body: { members: [{ email: "rita@riverbend.example", roleIds: ["r-reader", "r-writer"] }] },
    });
  });

  it("logs removing a missing user without an undo, and says it cannot be undone", async () => {
    recordWrites();
    const { wrapper } = setup({ users: [MISSING] });
    const { result } = renderHook(() => useRemoveUserMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(MISSING.id));
    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({ status: "saved", target: "Missing user u-missing" });
    expect(entry!.summary).toContain("cannot be undone");
    expect(entry!.inverse).toBeUndefined();
  });

  it("logs a failed removal as failed, and it cannot be undone", async () => {
    server.use(
      http.delete(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json({ error: { code: "InsufficientPermissions", message: "Not allowed." } }, { status: 403 }),
      ),
    );
    const { wrapper } = setup({ users: [RITA] });
    const { result } = renderHook(() => useRemoveUserMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(RITA.id).catch(() => undefined));
    expect(changeLog.getSnapshot()).toMatchObject([{ status: "failed", summary: "Removed Rita Reader from the iTwin" }]);
    await expect(changeLog.undo(changeLog.getSnapshot()[0]!.id)).rejects.toThrow("cannot be undone");
  });

  it("logs removing a group; its undo gives the group its roles back", async () => {
    const writes = recordWrites();
    const { wrapper } = setup({ groups: [SURVEY] });
    const { result } = renderHook(() => useRemoveGroupMember(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync(SURVEY.id));
    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({
      status: "saved",
      summary: "Removed group Survey team from the iTwin",
      target: "Group member Survey team",
    });
    await act(() => changeLog.undo(entry!.id));
    expect(writes).toEqual([
      { call: "DELETE /members/groups/g-survey" },
      { call: "POST /members/groups", body: { members: [{ groupId: "g-survey", roleIds: ["r-writer"] }] } },
    ]);
  });

  it("logs adding groups; its undo removes them again", async () => {
    const writes = recordWrites({ addGroups: [SURVEY] });
    const { wrapper } = setup({ groups: [] });
    const { result } = renderHook(() => useAddGroupMembers(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ groupIds: ["g-survey"], groupNames: ["Survey team"], roleIds: ["r-writer"] }));
    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({ status: "saved", summary: "Added group Survey team with role Write Access" });
    await act(() => changeLog.undo(entry!.id));
    expect(writes.map((w) => w.call)).toEqual(["POST /members/groups", "DELETE /members/groups/g-survey"]);
  });

  it("logs adding users; its undo removes the new member, gives an earlier member their roles back and cancels the new invitation", async () => {
    const before = user(2, { roles: [{ id: "r-reader", displayName: "iTwin Reader" }] });
    const added = user(3, { roles: [{ id: "r-writer", displayName: "Write Access" }] });
    const writes = recordWrites({
      addUsers: {
        members: [added, { ...before, roles: [...before.roles, { id: "r-writer", displayName: "Write Access" }] }],
        invitations: [invitation(9)],
      },
    });
    const { wrapper } = setup({ users: [before], invitations: [] });
    const { result } = renderHook(() => useAddUserMembers(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ emails: [added.email!, before.email!, "guest9@partner.example"], roleIds: ["r-writer"] }));

    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({
      status: "saved",
      summary: `Added or invited ${added.email}, ${before.email}, guest9@partner.example with role Write Access`,
    });
    expect(entry!.inverse!.summary).toBe(
      "remove Person3 Tester; give Person2 Tester back the roles they had; cancel the invitation of guest9@partner.example",
    );
    await act(() => changeLog.undo(entry!.id));
    expect(writes.slice(1)).toEqual([
      { call: "DELETE /members/users/u-3" },
      { call: "PATCH /members/users/u-2", body: { roleIds: ["r-reader"] } },
      { call: "DELETE /members/invitations/inv-9" },
    ]);
    expect(changeLog.getSnapshot()[1]).toMatchObject({ status: "saved", undoes: entry!.id });
  });

  it("logs cancelling an invitation without an undo, saying it cannot be undone", async () => {
    const writes = recordWrites();
    const { wrapper } = setup({ invitations: [invitation(4)] });
    const { result } = renderHook(() => useCancelInvitation(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync("inv-4"));
    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({
      status: "saved",
      target: "Invitation guest4@partner.example",
      summary: "Cancelled the invitation of guest4@partner.example — cannot be undone (invite them again instead)",
    });
    expect(entry!.inverse).toBeUndefined();
    expect(writes).toEqual([{ call: "DELETE /members/invitations/inv-4" }]);
  });
});
