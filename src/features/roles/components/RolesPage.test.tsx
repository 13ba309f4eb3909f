import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import type { Role } from "../../../api/wire";
import { role } from "../test-roles";
import { RolesPage } from "./RolesPage";

installMswServer();

const AC = `${TEST_API}/accesscontrol/itwins/${TEST_ITWIN_ID}`;
const CATALOGUE = ["administration_manage_roles", "imodels_read", "imodels_write", "itwins_read", "storage_read"];
const READER = role("r-reader", "iTwin Reader", ["imodels_read", "itwins_read"], "Default");
const WRITER = role("r-writer", "Write Access", ["imodels_read", "imodels_write", "itwins_read"], "Custom");

function handlers(opts: { roles?: Role[]; mine?: string[] } = {}) {
  const roles = opts.roles ?? [READER, WRITER];
  return [
    http.get(`${TEST_API}/accesscontrol/itwins/permissions`, () => HttpResponse.json({ permissions: CATALOGUE })),
    http.get(`${AC}/permissions`, () => HttpResponse.json({ permissions: opts.mine ?? CATALOGUE })),
    http.get(`${AC}/roles`, () => HttpResponse.json({ roles })),
    http.get(`${AC}/roles/:roleId`, ({ params }) => {
      const found = roles.find((r) => r.id === params.roleId);
      return found
        ? HttpResponse.json({ role: found })
        : HttpResponse.json({ error: { code: "RoleNotFound", message: "Role not found." } }, { status: 404 });
    }),
    http.get(`${AC}/members/users`, () =>
      HttpResponse.json({
        members: [
          {
            id: "u1",
            email: "anna@example.com",
            givenName: "Anna",
            surname: "Editor",
            organization: "Org",
            roles: [{ id: READER.id, displayName: READER.displayName }],
          },
        ],
        _links: { next: null },
      }),
    ),
    http.get(`${AC}/members/groups`, () =>
      HttpResponse.json({
        members: [{ id: "g1", groupName: "Surveyors", roles: [{ id: READER.id, displayName: READER.displayName }] }],
        _links: { next: null },
      }),
    ),
  ];
}

function renderPage() {
  return renderWithProviders(<RolesPage />, { path: `/itwins/${TEST_ITWIN_ID}/roles`, route: "/itwins/:iTwinId/roles" });
}

const cell = (roleName: string, permission: string) => screen.getByRole("checkbox", { name: new RegExp(`^${roleName}: ${permission}`) });

describe("Roles page", () => {
  it("shows a loading state, then roles as columns and permissions grouped by service as rows", async () => {
    server.use(...handlers());
    renderPage();
    expect(screen.getByRole("status")).toHaveTextContent("Loading roles");
    const grid = await screen.findByRole("grid", { name: "Permissions of each role" });
    expect(screen.getByRole("heading", { name: /^Roles/ })).toHaveTextContent("Roles (2)");
    expect(within(grid).getByRole("columnheader", { name: /iTwin Reader/ })).toHaveTextContent("2 permissions");
    expect(within(grid).getByRole("button", { name: "imodels (2)" })).toHaveAttribute("aria-expanded", "true");
    expect(cell("iTwin Reader", "imodels_read")).toHaveAttribute("aria-checked", "true");
    expect(cell("iTwin Reader", "imodels_write")).toHaveAttribute("aria-checked", "false");
    expect(grid).toHaveAttribute("aria-rowcount", String(1 + 4 + CATALOGUE.length));
    expect(grid).toHaveAttribute("aria-colcount", "3");
  });

  it("names each cell's role with its hidden direction characters shown as codes, so none can reorder what is read out", async () => {
    server.use(...handlers({ roles: [role("r-spoof", "Reader\u202Egnp.exe", ["imodels_read"], "Custom")] }));
    renderPage();
    await screen.findByRole("grid", { name: "Permissions of each role" });
    expect(screen.getByRole("checkbox", { name: "Reader⟦U+202E⟧gnp.exe: imodels_read" })).toHaveAttribute("aria-checked", "true");
  });

  it("collapses a service group but keeps its count", async () => {
    server.use(...handlers());
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "imodels (2)" }));
    expect(screen.getByRole("button", { name: "imodels (2)" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("checkbox", { name: /imodels_read/ })).not.toBeInTheDocument();
  });

  it("offers to create the first role when the iTwin has none", async () => {
    server.use(...handlers({ roles: [] }));
    renderPage();
    expect(await screen.findByText(/This iTwin has no roles yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Create role" }));
    expect(await screen.findByRole("dialog", { name: "Create role" })).toBeInTheDocument();
  });

  it("explains a 403 by naming administration_manage_roles", async () => {
    server.use(
      http.get(`${AC}/roles`, () =>
        HttpResponse.json(
          { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
          { status: 403 },
        ),
      ),
      ...handlers({ mine: ["itwins_read"] }),
    );
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Viewing and editing roles is not allowed");
    expect(alert).toHaveTextContent("administration_manage_roles");
  });

  it("is read-only, saying why, for a caller without administration_manage_roles", async () => {
    server.use(...handlers({ mine: ["itwins_read"] }));
    renderPage();
    expect(await screen.findByText(/Read-only: changing roles needs the permission/)).toHaveTextContent("administration_manage_roles");
    const box = cell("iTwin Reader", "imodels_write");
    expect(box).toHaveAttribute("aria-readonly", "true");
    await userEvent.click(box);
    expect(box).toHaveAttribute("aria-checked", "false");
    expect(screen.queryByRole("region", { name: "Unsaved changes" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create role" })).toBeDisabled();
  });

  it("filters by role or permission text and by role type", async () => {
    server.use(...handlers());
    renderPage();
    await screen.findByRole("grid");
    await userEvent.type(screen.getByLabelText("Filter roles or permissions"), "storage");
    expect(screen.queryByRole("checkbox", { name: /imodels_read/ })).not.toBeInTheDocument();
    expect(cell("Write Access", "storage_read")).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText("Filter roles or permissions"));
    await userEvent.type(screen.getByLabelText("Filter roles or permissions"), "write access");
    expect(screen.queryByRole("columnheader", { name: /iTwin Reader/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Filter roles or permissions"), "zzz");
    expect(screen.getByText(/No role or permission matches/)).toBeInTheDocument();
  });

  it("names each permission row by its readable label with its description, and finds it by label or raw key", async () => {
    server.use(...handlers());
    renderPage();
    const grid = await screen.findByRole("grid");
    const row = within(grid).getByRole("rowheader", { name: /^Manage roles administration_manage_roles/ });
    expect(row.querySelector("[title]")).toHaveAttribute("title", expect.stringContaining("List, create, rename, delete roles"));
    const filter = screen.getByLabelText("Filter roles or permissions");
    await userEvent.type(filter, "administration_manage_roles");
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual([expect.stringMatching(/administration \(1\)/), expect.stringMatching(/^Manage roles administration_manage_roles/)]);
    await userEvent.clear(filter);
    await userEvent.type(filter, "read imodels");
    expect(cell("iTwin Reader", "imodels_read")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: /imodels_write/ })).not.toBeInTheDocument();
  });

  it("toggles cells, counts pending changes and reviews what each role gains and loses", async () => {
    server.use(...handlers());
    renderPage();
    await screen.findByRole("grid");
    await userEvent.click(cell("iTwin Reader", "imodels_write"));
    await userEvent.click(cell("Write Access", "imodels_write"));
    expect(cell("iTwin Reader", "imodels_write")).toHaveAttribute("aria-checked", "true");
    expect(screen.getByTestId("pending-count")).toHaveTextContent("2 unsaved changes in 2 roles");
    expect(within(screen.getByRole("columnheader", { name: /iTwin Reader/ })).getByText("3 permissions")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Review and save" }));
    const dialog = await screen.findByRole("dialog", { name: /Review 2 changes in 2 roles/ });
    expect(within(dialog).getByTestId(`review-role-${READER.id}`)).toHaveTextContent("Add:imodels_write");
    expect(within(dialog).getByTestId(`review-role-${WRITER.id}`)).toHaveTextContent("Remove:imodels_write");
  });

  it("saves one PATCH per role with the full list, showing per role which saved and which failed", async () => {
    const patches: Array<{ id: string; body: unknown }> = [];
    server.use(
      ...handlers(),
      http.patch(`${AC}/roles/:roleId`, async ({ params, request }) => {
        const body = (await request.json()) as { permissions: string[] };
        patches.push({ id: String(params.roleId), body });
        if (params.roleId === WRITER.id)
          return HttpResponse.json(
            { error: { code: "PermissionNotFound", message: "Permission not found.", target: "permissions[0]" } },
            { status: 404 },
          );
        return HttpResponse.json({ role: { ...READER, permissions: body.permissions } });
      }),
    );
    renderPage();
    await screen.findByRole("grid");
    await userEvent.click(cell("iTwin Reader", "storage_read"));
    await userEvent.click(cell("Write Access", "imodels_write"));
    await userEvent.click(screen.getByRole("button", { name: "Review and save" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save 2 roles" }));
    await within(dialog).findByText("1 saved, 1 failed.");
    expect(patches).toEqual([
      { id: READER.id, body: { permissions: ["imodels_read", "itwins_read", "storage_read"] } },
      { id: WRITER.id, body: { permissions: ["imodels_read", "itwins_read"] } },
    ]);
    expect(within(within(dialog).getByTestId(`review-role-${READER.id}`)).getByText("Saved")).toBeInTheDocument();
    expect(within(dialog).getByTestId(`review-role-${WRITER.id}`)).toHaveTextContent("Permission not found.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    // The result stays at each role's column; the failed role's change is still pending.
    expect(screen.getByRole("columnheader", { name: /Write Access/ })).toHaveTextContent("Not saved: Permission not found.");
    expect(screen.getByRole("columnheader", { name: /iTwin Reader/ })).toHaveTextContent("Saved");
    expect(screen.getByTestId("pending-count")).toHaveTextContent("1 unsaved change in 1 role");
    expect(cell("Write Access", "imodels_write")).toHaveAttribute("aria-checked", "false");
  });

  it("retries only the roles whose save failed, from the results", async () => {
    const patched: string[] = [];
    let writerFails = true;
    server.use(
      ...handlers(),
      http.patch(`${AC}/roles/:roleId`, async ({ params, request }) => {
        const body = (await request.json()) as { permissions: string[] };
        patched.push(String(params.roleId));
        if (params.roleId === WRITER.id && writerFails) {
          writerFails = false;
          return HttpResponse.json({ error: { code: "ServiceUnavailable", message: "Try again later." } }, { status: 503 });
        }
        const base = params.roleId === WRITER.id ? WRITER : READER;
        return HttpResponse.json({ role: { ...base, permissions: body.permissions } });
      }),
    );
    renderPage();
    await screen.findByRole("grid");
    await userEvent.click(cell("iTwin Reader", "storage_read"));
    await userEvent.click(cell("Write Access", "imodels_write"));
    await userEvent.click(screen.getByRole("button", { name: "Review and save" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save 2 roles" }));
    await within(dialog).findByText("1 saved, 1 failed.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Retry the failed role" }));
    await waitFor(() => expect(within(within(dialog).getByTestId(`review-role-${WRITER.id}`)).getByText("Saved")).toBeInTheDocument());
    expect(within(within(dialog).getByTestId(`review-role-${READER.id}`)).getByText("Saved")).toBeInTheDocument();
    expect(patched).toEqual([READER.id, WRITER.id, WRITER.id]);
    expect(within(dialog).queryByRole("button", { name: /^Retry/ })).not.toBeInTheDocument();
  });

  it("detects a role changed on the server since loading and does not overwrite it", async () => {
    let patched = false;
    server.use(
      http.get(`${AC}/roles/:roleId`, () =>
        HttpResponse.json({ role: { ...READER, permissions: [...READER.permissions!, "administration_manage_roles"] } }),
      ),
      ...handlers(),
      http.patch(`${AC}/roles/:roleId`, () => {
        patched = true;
        return HttpResponse.json({ role: READER });
      }),
    );
    renderPage();
    await screen.findByRole("grid");
    await userEvent.click(cell("iTwin Reader", "storage_read"));
    await userEvent.click(screen.getByRole("button", { name: "Review and save" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save 1 role" }));
    expect(await within(dialog).findByText(/changed on the server since the matrix was loaded/)).toBeInTheDocument();
    expect(within(dialog).getByTestId(`review-role-${READER.id}`)).toHaveTextContent("Added there:administration_manage_roles");
    expect(patched).toBe(false);
    // Taking the server's version keeps the user's own edit on top of it.
    await userEvent.click(within(dialog).getByRole("button", { name: "Use server version and keep my changes" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(cell("iTwin Reader", "administration_manage_roles")).toHaveAttribute("aria-checked", "true");
    expect(cell("iTwin Reader", "storage_read")).toHaveAttribute("aria-checked", "true");
    expect(screen.getByTestId("pending-count")).toHaveTextContent("1 unsaved change in 1 role");
  });

  it("moves between cells with the arrow keys and toggles with Space", async () => {
    server.use(...handlers());
    renderPage();
    await screen.findByRole("grid");
    const start = cell("iTwin Reader", "administration_manage_roles");
    await userEvent.click(start); // focuses (and toggles) the first cell
    await userEvent.click(start); // toggle back
    expect(start).toHaveFocus();
    expect(start).toHaveAttribute("tabindex", "0");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}");
    const target = cell("Write Access", "imodels_read");
    expect(target).toHaveFocus();
    expect(start).toHaveAttribute("tabindex", "-1");
    await userEvent.keyboard(" ");
    expect(target).toHaveAttribute("aria-checked", "false");
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toHaveTextContent("imodels_read");
    await userEvent.keyboard("{End}");
    expect(cell("Write Access", "imodels_read")).toHaveFocus();
  });

  it("opens a role with its description, type, permissions by service and who holds it", async () => {
    server.use(...handlers());
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "iTwin Reader" }));
    const drawer = await screen.findByRole("region", { name: "iTwin Reader" });
    expect(within(drawer).getByText("iTwin Reader description")).toBeInTheDocument();
    expect(within(drawer).getByText("Default")).toBeInTheDocument();
    expect(within(drawer).getByRole("heading", { name: "imodels (1)" })).toBeInTheDocument();
    expect(await within(drawer).findByTestId("role-holder-counts")).toHaveTextContent("1 user, 1 group");
    expect(within(drawer).getByText("Anna Editor (anna@example.com)")).toBeInTheDocument();
    expect(within(drawer).getByText("Group: Surveyors")).toBeInTheDocument();
  });

  it("shows 422 details at displayName and description and the untargeted one in a banner, keeping the input", async () => {
    server.use(
      ...handlers(),
      http.post(`${AC}/roles`, () =>
        HttpResponse.json(
          {
            error: {
              code: "InvalidiTwinsRoleRequest",
              message: "Cannot create/update Role.",
              details: [
                { code: "InvalidValue", message: "A role with the same display name already exists.", target: "displayName" },
                { code: "MissingRequiredProperty", message: "Required property is missing.", target: "description" },
                { code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." },
              ],
            },
          },
          { status: 422 },
        ),
      ),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Create role" }));
    const dialog = await screen.findByRole("dialog", { name: "Create role" });
    await userEvent.type(within(dialog).getByLabelText(/Name/), "iTwin Reader");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create role" }));
    expect(await within(dialog).findByText("A role with the same display name already exists.")).toHaveAttribute(
      "id",
      "displayName-helper",
    );
    expect(within(dialog).getByLabelText(/Name/)).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByLabelText(/Name/)).toHaveAttribute("aria-describedby", "displayName-helper");
    expect(document.getElementById("description-helper")).toHaveTextContent("Required property is missing.");
    expect(within(dialog).getByTestId("server-error-banner")).toHaveTextContent("Failed to parse request body or collection is empty.");
    expect(within(dialog).getByLabelText(/Name/)).toHaveValue("iTwin Reader");
  });

  it("creates a role and shows it in the matrix", async () => {
    const roles = [READER];
    server.use(
      ...handlers({ roles }),
      http.post(`${AC}/roles`, async ({ request }) => {
        const body = (await request.json()) as { displayName: string; description: string };
        const created = { id: "r-new", ...body, type: "Custom" };
        roles.push({ ...created, permissions: [] });
        return HttpResponse.json({ role: created }, { status: 201 });
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Create role" }));
    const dialog = await screen.findByRole("dialog", { name: "Create role" });
    await userEvent.type(within(dialog).getByLabelText(/Name/), "Surveyor");
    await userEvent.type(within(dialog).getByLabelText(/Description/), "Surveys");
    await userEvent.click(within(dialog).getByRole("button", { name: "Create role" }));
    expect(await screen.findByRole("columnheader", { name: /Surveyor/ })).toHaveTextContent("0 permissions");
  });

  it("asks before deleting a role, stating how many members hold it", async () => {
    let deleted = "";
    server.use(
      ...handlers(),
      http.delete(`${AC}/roles/:roleId`, ({ params }) => {
        deleted = String(params.roleId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "iTwin Reader" }));
    await userEvent.click(await screen.findByRole("button", { name: "Delete role" }));
    const confirm = await screen.findByRole("dialog", { name: /Delete role “iTwin Reader”/ });
    expect(await within(confirm).findByTestId("delete-role-holders")).toHaveTextContent("1 user and 1 group hold this role");
    await userEvent.click(within(confirm).getByRole("button", { name: "Delete role" }));
    await waitFor(() => expect(deleted).toBe(READER.id));
  });

  it("compares two roles side by side", async () => {
    server.use(...handlers());
    renderPage();
    await screen.findByRole("grid");
    await userEvent.click(screen.getByRole("button", { name: "Compare roles" }));
    const dialog = await screen.findByRole("dialog", { name: "Compare roles" });
    const picker = within(dialog).getByLabelText(/Roles to compare/);
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole("option", { name: "iTwin Reader" }));
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole("option", { name: "Write Access" }));
    const table = within(dialog).getByRole("table", { name: "Role comparison" });
    expect(within(table).getByText("Only in Write Access (1)")).toBeInTheDocument();
    expect(within(table).getByText("In both (2)")).toBeInTheDocument();
  });

  it("swaps rows and columns", async () => {
    server.use(...handlers());
    renderPage();
    await screen.findByRole("grid");
    fireEvent.click(screen.getByRole("button", { name: "Roles as rows" }));
    expect(screen.getByRole("rowheader", { name: /iTwin Reader/ })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: /imodels_write/ })).toHaveTextContent(/Write iModels imodels_write1 role$/);
    expect(cell("iTwin Reader", "imodels_read")).toHaveAttribute("aria-checked", "true");
  });

  it("asks before leaving with unsaved changes and keeps them when the user stays", async () => {
    server.use(...handlers());
    const { router } = renderPage();
    await screen.findByRole("grid");
    await userEvent.click(cell("iTwin Reader", "storage_read"));
    void router.navigate("/elsewhere");
    const prompt = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(prompt).toHaveTextContent("You have 1 unsaved change");
    await userEvent.click(within(prompt).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/itwins/${TEST_ITWIN_ID}/roles`);
    expect(cell("iTwin Reader", "storage_read")).toHaveAttribute("aria-checked", "true");
  });

  it("renders only the visible window of a 320 × 450 matrix while reporting its full size", async () => {
    const many = Array.from({ length: 450 }, (_, i) => `svc${Math.floor(i / 10)}_perm${i}`);
    const roles = Array.from({ length: 320 }, (_, i) =>
      role(
        `r${i}`,
        `Role ${String(i).padStart(3, "0")}`,
        many.filter((_, k) => (k + i) % 7 === 0),
      ),
    );
    server.use(
      http.get(`${TEST_API}/accesscontrol/itwins/permissions`, () => HttpResponse.json({ permissions: many })),
      ...handlers({ roles }),
    );
    renderPage();
    const grid = await screen.findByRole("grid");
    expect(grid).toHaveAttribute("aria-colcount", "321");
    expect(grid).toHaveAttribute("aria-rowcount", String(1 + 45 + 450));
    const rendered = within(grid).getAllByRole("gridcell").length;
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(1000);
  });
});
