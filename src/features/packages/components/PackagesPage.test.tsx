import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server, installMswServer } from "../../../test/msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import type { Assignment } from "../../../api/wire";
import { PackagesPage } from "./PackagesPage";
import { SEED_ASSIGNMENT_422 } from "../../../test/seed-errors";
import { SQL_PACKAGE } from "../../../test/packages";

installMswServer();
// Vitest runs without globals here, so Testing Library cannot unmount by itself between tests.

const EXEC = "e0000000-0000-4000-8000-000000000001";
const ROLE_EDFS = "c0000000-0000-4000-8000-000000000005";
const ROLE_READER = "c0000000-0000-4000-8000-000000000001";
const ALL_PERMS = ["administration_manage_roles", "edfs_ilsmng", "edfs_objipexec", "edfs_projmng"];

const SQL = { ...SQL_PACKAGE, projectStage: "Preview", isOdata: false };

const FORBIDDEN = {
  error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." },
};

const assignmentsPath = `${TEST_API}/edfs/itwins/:iTwinId/packages/:uniqueName/roles`;

function stack(opts: { packages?: unknown[]; assignments?: Assignment[]; permissions?: string[] } = {}) {
  const state = {
    assignments: opts.assignments ?? [
      {
        iTwinRoleId: ROLE_EDFS,
        iTwinRoleName: "EDFS_integration",
        packageRoles: [{ packageRoleId: EXEC, packageRoleName: "Execute Integration Package" }],
      },
    ],
  };
  server.use(
    http.get(`${TEST_API}/edfs/packages`, () => HttpResponse.json({ packages: opts.packages ?? [SQL] })),
    // Before /edfs/packages/:uniqueName, which would otherwise take "roles" as a package name.
    http.get(`${TEST_API}/edfs/packages/roles`, () =>
      HttpResponse.json({
        packageRoles: [{ roleId: EXEC, name: "Execute Integration Package", description: "Execute Integration Package" }],
      }),
    ),
    http.get(`${TEST_API}/edfs/packages/:uniqueName`, () =>
      HttpResponse.json({ ...SQL, inputExample: '{"top":10}', responseExample: '{"value":[]}', lastChange: "2025-01-02T00:00:00Z" }),
    ),
    http.get(`${TEST_API}/accesscontrol/itwins/:id/roles`, () =>
      HttpResponse.json({
        roles: [
          { id: ROLE_EDFS, displayName: "EDFS_integration", description: "Runs integration packages", permissions: [] },
          { id: ROLE_READER, displayName: "iTwin Reader", description: "Reads", permissions: [] },
        ],
      }),
    ),
    http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions: opts.permissions ?? ALL_PERMS })),
    http.get(assignmentsPath, () => HttpResponse.json(state)),
  );
  return state;
}

const renderPage = () =>
  renderWithProviders(<PackagesPage />, { path: `/itwins/${TEST_ITWIN_ID}/packages`, route: "/itwins/:iTwinId/packages" });

describe("PackagesPage", () => {
  it("lists the subscribed packages, shows the first one's details and its assignments in the table and the picture", async () => {
    stack();
    renderPage();
    expect(await screen.findByRole("button", { name: /Sql Customers/ })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Sql Customers" })).toBeInTheDocument();
    expect(await screen.findByRole("checkbox", { name: "Execute Integration Package for EDFS_integration" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" })).not.toBeChecked();
    const lines = screen.getAllByTestId("mapping-line");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveAttribute("data-state", "saved");
  });

  it("offers the next step when the organization subscribes to no package", async () => {
    stack({ packages: [] });
    renderPage();
    expect(await screen.findByTestId("no-packages")).toHaveTextContent("does not subscribe to any integration package");
    expect(screen.getByRole("button", { name: "Check again" })).toBeInTheDocument();
  });

  it("says so when no iTwin role holds a package role yet", async () => {
    stack({ assignments: [] });
    renderPage();
    expect(await screen.findByTestId("no-assignments")).toHaveTextContent("No iTwin role holds a package role");
    expect(screen.queryAllByTestId("mapping-line")).toHaveLength(0);
  });

  it("creates the first assignment of a package whose assignment list answers 404 AssignmentListNotFound", async () => {
    let created: Assignment[] | null = null;
    const bodies: unknown[] = [];
    stack();
    server.use(
      http.get(assignmentsPath, () =>
        created
          ? HttpResponse.json({ assignments: created })
          : HttpResponse.json(
              { error: { code: "AssignmentListNotFound", message: "iTwin or integration package was not found." } },
              { status: 404 },
            ),
      ),
      http.post(assignmentsPath, async ({ request }) => {
        bodies.push(await request.json());
        created = [
          {
            iTwinRoleId: ROLE_READER,
            iTwinRoleName: "iTwin Reader",
            packageRoles: [{ packageRoleId: EXEC, packageRoleName: "Execute Integration Package" }],
          },
        ];
        return HttpResponse.json({ assignments: created });
      }),
    );
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByTestId("no-assignments")).toHaveTextContent("No iTwin role holds a package role");
    expect(screen.queryByText(/AssignmentListNotFound|was not found/)).not.toBeInTheDocument();
    await user.click(await screen.findByRole("combobox", { name: "iTwin roles to edit" }));
    await user.click(await screen.findByRole("option", { name: "iTwin Reader" }));
    await user.click(screen.getByRole("checkbox", { name: "Execute Integration Package" }));
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Saved. The server confirmed the assignments.")).toBeInTheDocument();
    expect(bodies).toEqual([{ assignments: [{ iTwinRoleId: ROLE_READER, packageRoleIds: [EXEC] }] }]);
    await waitFor(() => expect(screen.getAllByTestId("mapping-line").map((l) => l.getAttribute("data-state"))).toEqual(["saved"]));
  });

  it("still shows a package that is really missing as an error", async () => {
    stack();
    server.use(
      http.get(assignmentsPath, () =>
        HttpResponse.json({ error: { code: "PackageNotFound", message: "Requested Package is not available." } }, { status: 404 }),
      ),
    );
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("Requested Package is not available.");
  });

  it("names edfs_ilsmng when the server answers 403 to the assignments", async () => {
    stack();
    server.use(http.get(assignmentsPath, () => HttpResponse.json(FORBIDDEN, { status: 403 })));
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Loading the assignments is not allowed");
    expect(alert).toHaveTextContent("edfs_ilsmng");
  });

  it("names edfs_projmng when the package list is forbidden", async () => {
    stack();
    server.use(http.get(`${TEST_API}/edfs/packages`, () => HttpResponse.json(FORBIDDEN, { status: 403 })));
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("edfs_projmng");
  });

  it("reviews, then sends the POST body for a new assignment and draws the saved line", async () => {
    const state = stack();
    const bodies: unknown[] = [];
    server.use(
      http.post(assignmentsPath, async ({ request }) => {
        const body = (await request.json()) as { assignments: { iTwinRoleId: string; packageRoleIds: string[] }[] };
        bodies.push(body);
        state.assignments = [
          ...state.assignments,
          {
            iTwinRoleId: ROLE_READER,
            iTwinRoleName: "iTwin Reader",
            packageRoles: [{ packageRoleId: EXEC, packageRoleName: "Execute Integration Package" }],
          },
        ];
        return HttpResponse.json(state);
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" }));
    expect(screen.getAllByTestId("mapping-line").map((l) => l.getAttribute("data-state"))).toEqual(["saved", "added"]);
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByTestId("review-changes")).toHaveTextContent(
      "iTwin Reader gains package roles (POST, adds)+ Execute Integration Package",
    );
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Saved. The server confirmed the assignments.")).toBeInTheDocument();
    expect(bodies).toEqual([{ assignments: [{ iTwinRoleId: ROLE_READER, packageRoleIds: [EXEC] }] }]);
    expect(screen.getAllByTestId("mapping-line").map((l) => l.getAttribute("data-state"))).toEqual(["saved", "saved"]);
  });

  it("shows each of the seed 422's four details at its own field and keeps the user's edits", async () => {
    stack();
    server.use(http.post(assignmentsPath, () => HttpResponse.json(SEED_ASSIGNMENT_422, { status: 422 })));
    const user = userEvent.setup();
    const { container } = renderPage();
    await user.click(await screen.findByRole("combobox", { name: "iTwin roles to edit" }));
    await user.click(await screen.findByRole("option", { name: "iTwin Reader" }));
    await user.click(screen.getByRole("checkbox", { name: "Execute Integration Package" }));
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));

    const helper = (field: string) => container.querySelector(`#${field}-helper`);
    await waitFor(() => expect(helper("iTwinRoleId")).toHaveTextContent("Provided iTwin Role ID value is not valid."));
    expect(helper("packageRoleIds")).toHaveTextContent("Provided Package Role ID value is not valid.");
    expect(helper("iTwinId")).toHaveTextContent("Provided iTwin ID value is not valid.");
    expect(helper("uniqueName")).toHaveTextContent("Provided Unique Name value contains invalid characters.");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("combobox", { name: "iTwin roles to edit" })).toHaveAttribute("aria-describedby", "iTwinRoleId-helper");
    expect(screen.getByLabelText("iTwin")).toHaveAttribute("aria-invalid", "true");
    // Nothing the user picked is lost: the role is still chosen, the box still ticked, the change still pending.
    expect(screen.getByRole("button", { name: "iTwin Reader" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" })).toBeChecked();
    expect(screen.getByTestId("pending-summary")).toHaveTextContent("1 iTwin role with unsaved changes");
    expect(screen.getByTestId("server-error-banner")).toHaveTextContent("Cannot create AssignmentList.");
  });

  it("disables a package role the caller cannot grant and says which permission it needs", async () => {
    stack({ permissions: ["administration_manage_roles", "edfs_ilsmng", "edfs_projmng"] });
    renderPage();
    const cell = await screen.findByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" });
    expect(cell).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: "Execute Integration Package" })).toBeDisabled();
    expect(screen.getByTestId("package-role-disabled-reason")).toHaveTextContent(
      "Needs edfs_objipexec, which you do not have on this iTwin.",
    );
    expect(screen.getByRole("button", { name: "Remove all package roles of EDFS_integration" })).toBeDisabled();
  });

  it("names edfs_ilsmng when saving is forbidden and keeps the edit", async () => {
    stack();
    server.use(http.post(assignmentsPath, () => HttpResponse.json(FORBIDDEN, { status: 403 })));
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" }));
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(/Saving the assignments is not allowed/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByText("edfs_ilsmng")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" })).toBeChecked();
  });

  it("removes every package role of a role with a DELETE naming it", async () => {
    const state = stack();
    const bodies: unknown[] = [];
    server.use(
      http.delete(assignmentsPath, async ({ request }) => {
        bodies.push(await request.json());
        state.assignments = [];
        return HttpResponse.json(state);
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Remove all package roles of EDFS_integration" }));
    expect(screen.getAllByTestId("mapping-line").map((l) => l.getAttribute("data-state"))).toEqual(["removed"]);
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
    await screen.findByText("Saved. The server confirmed the assignments.");
    expect(bodies).toEqual([{ iTwinRoleIds: [ROLE_EDFS] }]);
  });

  it("does not overwrite a change made on the server meanwhile: it warns and asks for another review", async () => {
    const state = stack();
    const posted: unknown[] = [];
    server.use(http.post(assignmentsPath, async ({ request }) => (posted.push(await request.json()), HttpResponse.json(state))));
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("checkbox", { name: "Execute Integration Package for iTwin Reader" }));
    // Someone else gives iTwin Reader the package role first.
    state.assignments = [
      ...state.assignments,
      { iTwinRoleId: ROLE_READER, iTwinRoleName: "iTwin Reader", packageRoles: [{ packageRoleId: EXEC }] },
    ];
    await user.click(screen.getByRole("button", { name: "Review and save" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByTestId("assignments-conflict")).toHaveTextContent("iTwin Reader");
    expect(posted).toEqual([]);
  });
});
