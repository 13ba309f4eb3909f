// A small Access Control behind MSW for the plan tests: user members, owners, groups and jobs of a few
// iTwins, every request logged, so a test can say what was sent and how often.
import { http, HttpResponse } from "msw";
import { vi } from "vitest";
import { server } from "./msw";
import { createHttpClient } from "../api/http-client";
import { createRateLimitGate } from "../api/rate-limit-status";
import type { JobActions } from "../api/wire-access";

export const API = "https://api.test";

export interface FakeITwin {
  users: Map<string, { email: string | null; roleIds: string[] }>;
  owners: Map<string, string>;
  groups: Map<string, { name: string; members: { userId: string; email: string }[] }>;
  /** Groups holding roles on the iTwin, by group id. */
  groupMembers?: Map<string, { name: string; roleIds: string[] }>;
  roles?: Map<string, { displayName: string; description: string; permissions: string[] }>;
  /** Pending invitations: id → e-mail. */
  invitations?: Map<string, string>;
  shares?: Set<string>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  body?: unknown;
}

const role = (id: string) => ({ id, displayName: `Role ${id}` });
const notFound = (code: string) => HttpResponse.json({ error: { code, message: "Not available." } }, { status: 404 });

export function fakeAccessControl(itwins: Record<string, FakeITwin>, opts: { activePolls?: number } = {}) {
  const log: LoggedRequest[] = [];
  const jobs = new Map<string, { iTwinId: string; actions: JobActions; polls: number; status: string }>();
  const run = (itwin: FakeITwin, actions: JobActions) => {
    const byEmail = (email: string) => [...itwin.users].find(([, u]) => u.email === email);
    for (const a of actions.assignRoles ?? []) {
      const found = byEmail(a.email);
      if (found) found[1].roleIds = [...new Set([...found[1].roleIds, ...a.roleIds])];
      else itwin.users.set(`new-${a.email}`, { email: a.email, roleIds: a.roleIds });
    }
    for (const a of actions.unassignRoles ?? []) {
      const found = byEmail(a.email);
      if (found) found[1].roleIds = found[1].roleIds.filter((r) => !a.roleIds.includes(r));
    }
    for (const a of actions.removeMembers ?? []) {
      const found = byEmail(a.email);
      if (found) itwin.users.delete(found[0]);
    }
  };
  const ac = `${API}/accesscontrol/itwins/:iTwinId`;
  const itwinOf = (params: Record<string, unknown>) => itwins[String(params.iTwinId)];
  const record = (method: string, request: Request, body?: unknown) =>
    log.push({ method, path: new URL(request.url).pathname.replace("/accesscontrol/itwins/", ""), ...(body !== undefined && { body }) });
  server.use(
    http.get(`${ac}/members/users`, ({ request, params }) => {
      record("GET", request);
      const members = [...itwinOf(params)!.users].map(([id, u]) => ({ id, email: u.email, roles: u.roleIds.map(role) }));
      return HttpResponse.json({ members, _links: {} });
    }),
    http.get(`${ac}/members/users/:memberId`, ({ request, params }) => {
      record("GET", request);
      const user = itwinOf(params)!.users.get(String(params.memberId));
      if (!user) return notFound("TeamMemberNotFound");
      return HttpResponse.json({ member: { id: params.memberId, email: user.email, roles: user.roleIds.map(role) } });
    }),
    http.delete(`${ac}/members/users/:memberId`, ({ request, params }) => {
      record("DELETE", request);
      return itwinOf(params)!.users.delete(String(params.memberId))
        ? new HttpResponse(null, { status: 204 })
        : notFound("TeamMemberNotFound");
    }),
    http.get(`${ac}/members/owners`, ({ request, params }) => {
      record("GET", request);
      const members = [...itwinOf(params)!.owners].map(([id, email]) => ({ id, email }));
      return HttpResponse.json({ members, _links: {} });
    }),
    http.delete(`${ac}/members/owners/:memberId`, ({ request, params }) => {
      record("DELETE", request);
      const owners = itwinOf(params)!.owners;
      if (owners.size === 1 && owners.has(String(params.memberId)))
        return HttpResponse.json(
          { error: { code: "InvalidiTwinsMemberRequest", message: "An iTwin must keep one owner." } },
          { status: 422 },
        );
      return owners.delete(String(params.memberId)) ? new HttpResponse(null, { status: 204 }) : notFound("TeamMemberNotFound");
    }),
    http.get(`${ac}/groups/:groupId`, ({ request, params }) => {
      record("GET", request);
      const group = itwinOf(params)!.groups.get(String(params.groupId));
      if (!group) return notFound("GroupNotFound");
      return HttpResponse.json({ group: { id: params.groupId, name: group.name, description: "", members: group.members, imsGroups: [] } });
    }),
    http.patch(`${ac}/groups/:groupId`, async ({ request, params }) => {
      const body = (await request.json()) as { members: string[] };
      record("PATCH", request, body);
      const group = itwinOf(params)!.groups.get(String(params.groupId))!;
      const added = body.members.filter((e) => !group.members.some((m) => m.email === e));
      group.members = [
        ...group.members.filter((m) => body.members.includes(m.email)),
        ...added.map((email) => ({ userId: `u-${email}`, email })),
      ];
      return HttpResponse.json({ group: { id: params.groupId, name: group.name, description: "", members: group.members, imsGroups: [] } });
    }),
    http.post(`${ac}/members/owners`, async ({ request, params }) => {
      const body = (await request.json()) as { email: string };
      record("POST", request, body);
      const owners = itwinOf(params)!.owners;
      if ([...owners.values()].includes(body.email))
        return HttpResponse.json(
          { error: { code: "OwnerAlreadyExists", message: "Requested user is already an iTwin Owner." } },
          { status: 409 },
        );
      owners.set(`u-${body.email}`, body.email);
      return HttpResponse.json({ member: { id: `u-${body.email}`, email: body.email }, invitation: null }, { status: 201 });
    }),
    http.get(`${ac}/members/groups/:groupId`, ({ request, params }) => {
      record("GET", request);
      const member = itwinOf(params)!.groupMembers?.get(String(params.groupId));
      if (!member) return notFound("TeamMemberNotFound");
      return HttpResponse.json({ member: { id: params.groupId, groupName: member.name, roles: member.roleIds.map(role) } });
    }),
    http.post(`${ac}/members/groups`, async ({ request, params }) => {
      const body = (await request.json()) as { members: { groupId: string; roleIds: string[] }[] };
      record("POST", request, body);
      const map = (itwinOf(params)!.groupMembers ??= new Map());
      for (const m of body.members)
        map.set(m.groupId, { name: itwinOf(params)!.groups.get(m.groupId)?.name ?? m.groupId, roleIds: m.roleIds });
      return HttpResponse.json({ members: [] }, { status: 201 });
    }),
    http.patch(`${ac}/members/groups/:groupId`, async ({ request, params }) => {
      const body = (await request.json()) as { roleIds: string[] };
      record("PATCH", request, body);
      const member = itwinOf(params)!.groupMembers?.get(String(params.groupId));
      if (!member) return notFound("TeamMemberNotFound");
      member.roleIds = body.roleIds;
      return HttpResponse.json({ member: { id: params.groupId, groupName: member.name, roles: member.roleIds.map(role) } });
    }),
    http.delete(`${ac}/members/groups/:groupId`, ({ request, params }) => {
      record("DELETE", request);
      return itwinOf(params)!.groupMembers?.delete(String(params.groupId))
        ? new HttpResponse(null, { status: 204 })
        : notFound("TeamMemberNotFound");
    }),
    http.get(`${ac}/roles`, ({ request, params }) => {
      record("GET", request);
      const roles = [...(itwinOf(params)!.roles ?? [])].map(([id, r]) => ({ id, ...r }));
      return HttpResponse.json({ roles });
    }),
    http.post(`${ac}/roles`, async ({ request, params }) => {
      const body = (await request.json()) as { displayName: string; description: string };
      record("POST", request, body);
      const roles = (itwinOf(params)!.roles ??= new Map());
      const id = `role-${roles.size + 1}`;
      roles.set(id, { ...body, permissions: [] });
      return HttpResponse.json({ role: { id, ...body, type: "Custom" } }, { status: 201 });
    }),
    http.patch(`${ac}/roles/:roleId`, async ({ request, params }) => {
      const body = (await request.json()) as { permissions: string[] };
      record("PATCH", request, body);
      const role = itwinOf(params)!.roles?.get(String(params.roleId));
      if (!role) return notFound("RoleNotFound");
      role.permissions = body.permissions;
      return HttpResponse.json({ role: { id: params.roleId, ...role } });
    }),
    http.delete(`${ac}/roles/:roleId`, ({ request, params }) => {
      record("DELETE", request);
      return itwinOf(params)!.roles?.delete(String(params.roleId)) ? new HttpResponse(null, { status: 204 }) : notFound("RoleNotFound");
    }),
    http.get(`${ac}/members/invitations`, ({ request, params }) => {
      record("GET", request);
      const invitations = [...(itwinOf(params)!.invitations ?? [])].map(([id, email]) => ({
        id,
        email,
        invitedByEmail: "admin@example.com",
        status: "Pending",
        createdDate: "2026-01-01T00:00:00Z",
        expirationDate: "2026-01-08T00:00:00Z",
      }));
      return HttpResponse.json({ invitations, _links: {} });
    }),
    http.delete(`${ac}/members/invitations/:invitationId`, ({ request, params }) => {
      record("DELETE", request);
      return itwinOf(params)!.invitations?.delete(String(params.invitationId))
        ? new HttpResponse(null, { status: 204 })
        : notFound("InvitationNotFound");
    }),
    http.get(`${ac}/shares`, ({ request, params }) => {
      record("GET", request);
      const shares = [...(itwinOf(params)!.shares ?? [])].map((id) => ({
        iTwinId: params.iTwinId,
        id,
        shareContract: "Default",
        expiration: "2026-03-01T00:00:00Z",
        shareKey: "k",
      }));
      return HttpResponse.json({ shares });
    }),
    http.delete(`${ac}/shares/:shareId`, ({ request, params }) => {
      record("DELETE", request);
      return itwinOf(params)!.shares?.delete(String(params.shareId)) ? new HttpResponse(null, { status: 204 }) : notFound("ShareNotFound");
    }),
    http.post(`${ac}/jobs`, async ({ request, params }) => {
      const body = (await request.json()) as { actions: JobActions };
      record("POST", request, body);
      const id = `job-${jobs.size + 1}`;
      jobs.set(id, { iTwinId: String(params.iTwinId), actions: body.actions, polls: 0, status: "Active" });
      return HttpResponse.json({ id, itwinId: params.iTwinId, status: "Active" }, { status: 201 });
    }),
    http.get(`${ac}/jobs/:jobId`, ({ request, params }) => {
      record("GET", request);
      const job = jobs.get(String(params.jobId));
      if (!job) return notFound("JobNotFound");
      job.polls += 1;
      if (job.status === "Active" && job.polls > (opts.activePolls ?? 1)) {
        run(itwinOf(params)!, job.actions);
        job.status = "Completed";
      }
      return HttpResponse.json({ id: params.jobId, itwinId: job.iTwinId, status: job.status });
    }),
  );
  const writes = () => log.filter((r) => r.method !== "GET");
  return { log, jobs, writes };
}

export function testClient() {
  return createHttpClient({
    baseUrl: API,
    getAccessToken: async () => "t",
    sleep: vi.fn(async () => {}),
    rateLimitGate: createRateLimitGate(),
  });
}
