// The assignment editor when what it edits is deleted elsewhere before Save: an iTwin role deleted
// meanwhile (its edits are reported, the rest saved, and it can be re-created with them) or the package
// unsubscribed (every pending change is listed as not applied).
import { beforeEach, describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server, installMswServer } from "../../../test/msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { changeLog } from "../../../lib/change-log";
import type { Assignment, Role } from "../../../api/wire";
import { PackagesPage } from "./PackagesPage";

installMswServer();
beforeEach(() => changeLog.clear());

const EXEC = "e0000000-0000-4000-8000-000000000001";
const ROLE_READER = "c0000000-0000-4000-8000-000000000001";
const ROLE_WRITER = "c0000000-0000-4000-8000-000000000002";
const ROLE_NEW = "c0000000-0000-4000-8000-000000000099";
const SQL = {
  subscriptionId: "s",
  version: "1",
  uniqueName: "SQL_CUSTOMERS_TABLE",
  name: "Sql Customers",
  description: "",
  projectStage: "Preview",
};
const AC = `${TEST_API}/accesscontrol/itwins/:id`;
const assignmentsPath = `${TEST_API}/edfs/itwins/:iTwinId/packages/:uniqueName/roles`;
const PACKAGE_GONE = { error: { code: "PackageNotFound", message: "Requested Package is not available." } };
const held = (iTwinRoleId: string, iTwinRoleName: string): Assignment => ({
  iTwinRoleId,
  iTwinRoleName,
  packageRoles: [{ packageRoleId: EXEC, packageRoleName: "Execute Integration Package" }],
});

function stack() {
  const state = {
    roles: [
      { id: ROLE_READER, displayName: "iTwin Reader", description: "Reads", permissions: ["itwins_read"] },
      { id: ROLE_WRITER, displayName: "Write Access", description: "Writes", permissions: ["imodels_write"] },
    ] as Role[],
    assignments: [] as Assignment[],
    packageGone: false,
  };
  server.use(
    http.get(`${TEST_API}/edfs/packages`, () => HttpResponse.json({ packages: state.packageGone ? [] : [SQL] })),
    http.get(`${TEST_API}/edfs/packages/roles`, () =>
      HttpResponse.json({ packageRoles: [{ roleId: EXEC, name: "Execute Integration Package", description: "" }] }),
    ),
    http.get(`${TEST_API}/edfs/packages/:uniqueName`, () =>
      state.packageGone
        ? HttpResponse.json(PACKAGE_GONE, { status: 404 })
        : HttpResponse.json({ ...SQL, inputExample: "", responseExample: "" }),
    ),
    http.get(`${AC}/roles`, () => HttpResponse.json({ roles: state.roles })),
    http.get(`${AC}/permissions`, () =>
      HttpResponse.json({ permissions: ["administration_manage_roles", "edfs_ilsmng", "edfs_objipexec", "edfs_projmng"] }),
    ),
    http.get(assignmentsPath, () =>
      state.packageGone ? HttpResponse.json(PACKAGE_GONE, { status: 404 }) : HttpResponse.json({ assignments: state.assignments }),
    ),
  );
  return state;
}

const renderPage = () =>
  renderWithProviders(<PackagesPage />, { path: `/itwins/${TEST_ITWIN_ID}/packages`, route: "/itwins/:iTwinId/packages" });

async function tickBothAndSave(user: ReturnType<typeof userEvent.setup>, meanwhile: () => void) {
  await user.click(await screen.findByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" }, { timeout: 5000 }));
  await user.click(screen.getByRole("checkbox", { name: "Execute Integration Package for Write Access" }));
  meanwhile();
  await user.click(screen.getByRole("button", { name: "Review and save" }));
  await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
  // The review closes once the save is done; until then it hides the page from assistive technology.
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
}

describe("Assignment editor — deleted elsewhere while editing", () => {
  it("saves the other roles, says a role deleted meanwhile is gone with its package roles not applied, and re-creates it with them", async () => {
    const state = stack();
    const posts: unknown[] = [];
    const created: unknown[] = [];
    server.use(
      http.post(assignmentsPath, async ({ request }) => {
        const body = (await request.json()) as { assignments: { iTwinRoleId: string }[] };
        posts.push(body);
        state.assignments = [...state.assignments, ...body.assignments.map((a) => held(a.iTwinRoleId, a.iTwinRoleId))];
        return HttpResponse.json({ assignments: state.assignments });
      }),
      http.post(`${AC}/roles`, async ({ request }) => {
        created.push(await request.json());
        const role = { id: ROLE_NEW, displayName: "Write Access", description: "Writes", permissions: [] };
        state.roles = [...state.roles, role];
        return HttpResponse.json({ role }, { status: 201 });
      }),
      http.patch(`${AC}/roles/:roleId`, async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({
          role: { id: ROLE_NEW, displayName: "Write Access", description: "Writes", permissions: ["imodels_write"] },
        });
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await tickBothAndSave(user, () => {
      state.roles = state.roles.filter((r) => r.id !== ROLE_WRITER);
    });

    const notice = await screen.findByTestId("not-found-notice");
    expect(notice).toHaveTextContent("The iTwin role Write Access no longer exists");
    expect(within(notice).getByTestId("unapplied-changes")).toHaveTextContent("Add package role Execute Integration Package");
    expect(notice).not.toHaveTextContent(/try again|Retry/);
    expect(posts).toEqual([{ assignments: [{ iTwinRoleId: ROLE_READER, packageRoleIds: [EXEC] }] }]);

    await user.click(within(notice).getByRole("button", { name: "Re-create the role with these package roles" }));
    expect(await screen.findByText(/Re-created Write Access \(it has a new id\) and gave it 1 package role/)).toBeInTheDocument();
    expect(created).toEqual([{ displayName: "Write Access", description: "Writes" }, { permissions: ["imodels_write"] }]);
    expect(posts[1]).toEqual({ assignments: [{ iTwinRoleId: ROLE_NEW, packageRoleIds: [EXEC] }] });
    expect(screen.queryByTestId("not-found-notice")).toBeNull();
  });

  it("discards the edits of a deleted role", async () => {
    const state = stack();
    server.use(http.post(assignmentsPath, () => HttpResponse.json({ assignments: [held(ROLE_READER, "iTwin Reader")] })));
    const user = userEvent.setup();
    renderPage();
    await tickBothAndSave(user, () => {
      state.roles = state.roles.filter((r) => r.id !== ROLE_WRITER);
    });
    const notice = await screen.findByTestId("not-found-notice");
    await user.click(within(notice).getByRole("button", { name: "Discard these changes" }));
    expect(screen.queryByTestId("not-found-notice")).toBeNull();
    expect(screen.getByTestId("pending-summary")).toHaveTextContent("No unsaved changes");
  });

  it("says the package is no longer subscribed and lists every change that could not be applied", async () => {
    const state = stack();
    let writes = 0;
    server.use(
      http.post(assignmentsPath, () => {
        writes += 1;
        return HttpResponse.json({ assignments: [] });
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await tickBothAndSave(user, () => {
      state.packageGone = true;
    });
    const notice = (await screen.findAllByTestId("not-found-notice")).find((n) => n.textContent?.includes("is no longer subscribed"))!;
    expect(notice).toHaveTextContent("The package SQL_CUSTOMERS_TABLE is no longer subscribed");
    expect(
      within(within(notice).getByTestId("unapplied-changes"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Add package role Execute Integration Package for iTwin Reader",
      "Add package role Execute Integration Package for Write Access",
    ]);
    expect(notice).not.toHaveTextContent(/try again|Retry/);
    expect(writes).toBe(0);
    await user.click(within(notice).getByRole("button", { name: "Discard these changes" }));
    expect(await screen.findByTestId("no-packages")).toBeInTheDocument();
  });
});
