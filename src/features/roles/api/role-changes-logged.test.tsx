// Creating, renaming and deleting a role land in the change log, each with an undo that sends the
// inverse request.
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { ApiClientProvider } from "../../../api/client-context";
import { createHttpClient } from "../../../api/http-client";
import { createRateLimitGate } from "../../../api/rate-limit-status";
import { changeLog } from "../../../lib/change-log";
import { server, installMswServer } from "../../../test/msw";
import { TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { useCreateRole } from "./create-role";
import { useDeleteRole } from "./delete-role";
import { useUpdateRole } from "./update-role";

installMswServer();
beforeEach(() => changeLog.clear());

const ROLES = `${TEST_API}/accesscontrol/itwins/:id/roles`;

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createHttpClient({
    baseUrl: TEST_API,
    getAccessToken: async () => "t",
    sleep: async () => {},
    rateLimitGate: createRateLimitGate(),
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
}

/** Every write the server received, as "METHOD path" with its body. */
function recordWrites() {
  const writes: { call: string; body?: unknown }[] = [];
  const body = async (request: Request) => (request.headers.get("content-type")?.includes("json") ? await request.json() : undefined);
  const path = (request: Request) => new URL(request.url).pathname.replace(`/accesscontrol/itwins/${TEST_ITWIN_ID}`, "");
  server.use(
    http.post(ROLES, async ({ request }) => {
      const b = (await body(request)) as { displayName: string; description: string };
      writes.push({ call: `POST ${path(request)}`, body: b });
      return HttpResponse.json(
        { role: { id: "new-role", displayName: b.displayName, description: b.description, type: "Custom" } },
        { status: 201 },
      );
    }),
    http.patch(`${ROLES}/:roleId`, async ({ request, params }) => {
      const b = (await body(request)) as object;
      writes.push({ call: `PATCH ${path(request)}`, body: b });
      return HttpResponse.json({ role: { id: params.roleId, displayName: "Surveyor", description: "", permissions: [], ...b } });
    }),
    http.delete(`${ROLES}/:roleId`, ({ request }) => {
      writes.push({ call: `DELETE ${path(request)}` });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return writes;
}

describe("role changes in the change log", () => {
  it("logs a created role once the server answered, and its undo deletes that role", async () => {
    const writes = recordWrites();
    const { result } = renderHook(() => useCreateRole(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ displayName: "Surveyor", description: "Field work" }));

    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({ status: "saved", summary: "Created role “Surveyor”", target: "Role Surveyor" });
    await act(() => changeLog.undo(entry!.id));
    expect(writes.map((w) => w.call)).toEqual(["POST /roles", "DELETE /roles/new-role"]);
    expect(changeLog.getSnapshot()[1]).toMatchObject({
      status: "saved",
      undoes: entry!.id,
      summary: "Undo: delete the role “Surveyor” (members given it since lose it)",
    });
  });

  it("logs a failed create as failed, with no undo", async () => {
    server.use(
      http.post(ROLES, () => HttpResponse.json({ error: { code: "InsufficientPermissions", message: "Not allowed." } }, { status: 403 })),
    );
    const { result } = renderHook(() => useCreateRole(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ displayName: "Surveyor", description: "" }).catch(() => undefined));
    expect(changeLog.getSnapshot()).toMatchObject([{ status: "failed", summary: "Created role “Surveyor”" }]);
    await expect(changeLog.undo(changeLog.getSnapshot()[0]!.id)).rejects.toThrow("cannot be undone");
  });

  it("logs a rename, and its undo PATCHes the previous name and description back", async () => {
    const writes = recordWrites();
    const { result } = renderHook(() => useUpdateRole(TEST_ITWIN_ID), { wrapper });
    await act(() =>
      result.current.mutateAsync({
        roleId: "r1",
        before: { displayName: "Reader", description: null },
        displayName: "Viewer",
        description: "Looks only",
      }),
    );

    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({
      status: "saved",
      summary: "Renamed role “Reader” to “Viewer” and changed its description",
      target: "Role Viewer",
    });
    await act(() => changeLog.undo(entry!.id));
    expect(writes).toEqual([
      { call: "PATCH /roles/r1", body: { displayName: "Viewer", description: "Looks only" } },
      { call: "PATCH /roles/r1", body: { displayName: "Reader", description: "" } },
    ]);
  });

  it("logs a deleted role; its undo re-creates it with name, description and permissions and says it gets a new id", async () => {
    const writes = recordWrites();
    const role = { id: "r-old", displayName: "Surveyor", description: "Field work", permissions: ["itwins_read", "imodels_read"] };
    const { result } = renderHook(() => useDeleteRole(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ role, holders: { users: 2, groups: 1 } }));

    const [entry] = changeLog.getSnapshot();
    expect(entry).toMatchObject({ status: "saved", summary: "Deleted role “Surveyor”", target: "Role Surveyor" });
    expect(entry!.inverse!.summary).toBe(
      "re-create “Surveyor” with its description and 2 permissions — it gets a new id, and the 2 users and 1 group who held it must be given it again",
    );
    await act(() => changeLog.undo(entry!.id));
    expect(writes).toEqual([
      { call: "DELETE /roles/r-old" },
      { call: "POST /roles", body: { displayName: "Surveyor", description: "Field work" } },
      { call: "PATCH /roles/new-role", body: { permissions: ["itwins_read", "imodels_read"] } },
    ]);
    expect(changeLog.getSnapshot()[1]).toMatchObject({ status: "saved", undoes: entry!.id });
  });

  it("reads the role's permissions before deleting when it was given without them", async () => {
    const writes = recordWrites();
    server.use(
      http.get(`${ROLES}/:roleId`, () =>
        HttpResponse.json({ role: { id: "r-old", displayName: "Surveyor", description: "", permissions: ["itwins_read"] } }),
      ),
    );
    const { result } = renderHook(() => useDeleteRole(TEST_ITWIN_ID), { wrapper });
    await act(() => result.current.mutateAsync({ role: { id: "r-old", displayName: "Surveyor" } }));
    await act(() => changeLog.undo(changeLog.getSnapshot()[0]!.id));
    expect(writes.at(-1)).toEqual({ call: "PATCH /roles/new-role", body: { permissions: ["itwins_read"] } });
  });
});
