import { afterEach, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { Group, GroupMember, OwnerMember, Role, UserMember } from "../../../api/wire";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { AccessPage } from "./AccessPage";
import { BOTH, DIRECT, GROUP_MEMBERS, GROUP_ONLY, NOBODY, ROLES, SITE_ENGINEERS, member } from "../access-test-data";
import { jobFake } from "../access-test-jobs";

installMswServer();
// A bulk change is remembered per tab (sessionStorage): each test starts without one.
afterEach(() => sessionStorage.clear());

const AC = `${TEST_API}/accesscontrol/itwins/:id`;

function handlers(
  opts: {
    users?: UserMember[];
    roles?: Role[];
    groupMembers?: GroupMember[];
    groups?: Group[] | "forbidden";
    permissions?: string[];
    owners?: OwnerMember[];
  } = {},
) {
  const groups = opts.groups ?? [SITE_ENGINEERS];
  const forbidden = () =>
    HttpResponse.json(
      { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
      { status: 403 },
    );
  return [
    http.get(`${AC}/members/owners`, () => HttpResponse.json({ members: opts.owners ?? [], _links: {} })),
    // Without the groups list, the console reads the groups holding roles one by one.
    http.get(`${AC}/groups/:groupId`, ({ params }) => {
      if (groups === "forbidden") return forbidden();
      const group = groups.find((g) => g.id === params.groupId);
      return group
        ? HttpResponse.json({ group })
        : HttpResponse.json({ error: { code: "GroupNotFound", message: "Not found." } }, { status: 404 });
    }),
    http.get(`${AC}/permissions`, () =>
      HttpResponse.json({
        permissions: opts.permissions ?? ["administration_invite_member", "administration_manage_roles", "administration_manage_groups"],
      }),
    ),
    http.get(`${AC}/roles`, () => HttpResponse.json({ roles: opts.roles ?? ROLES })),
    http.get(`${AC}/members/users`, () => HttpResponse.json({ members: opts.users ?? [DIRECT, BOTH, GROUP_ONLY, NOBODY], _links: {} })),
    http.get(`${AC}/members/groups`, () => HttpResponse.json({ members: opts.groupMembers ?? GROUP_MEMBERS, _links: {} })),
    http.get(`${AC}/groups`, () => (groups === "forbidden" ? forbidden() : HttpResponse.json({ groups, _links: {} }))),
  ];
}

const renderPage = (tab = "") => renderWithProviders(<AccessPage />, { path: `/itwins/${TEST_ITWIN_ID}/access${tab}` });

async function pickMember(label: string | RegExp, name: string) {
  const input = await screen.findByRole("combobox", { name: label });
  await userEvent.type(input, name.split(" ")[0]!);
  await userEvent.click(await screen.findByRole("option", { name: new RegExp(name) }));
}

describe("Effective access", () => {
  it("says a member with no roles holds no permission and offers the next actions", async () => {
    server.use(...handlers());
    renderPage();
    await pickMember("Member", "Nobody Tester");
    expect(await screen.findByTestId("no-permissions")).toHaveTextContent("Nobody Tester holds no permission on this iTwin");
    expect(screen.getByText("No direct role and no group holding a role.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Same access as…" })).toBeEnabled();
  });

  it("shows a member with only group roles getting every permission through the group", async () => {
    server.use(...handlers());
    renderPage();
    await pickMember("Member", "Grouponly Tester");
    const view = await screen.findByTestId("effective-access");
    // Names are isolated in their own elements (ServerName), so the line is read as the person sees it.
    expect(view).toHaveTextContent("iTwin Contributor (via Site Engineers)");
    const rows = within(view).getAllByTestId("permission-row");
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Write iModels imodels_write.*Via group.*Site Engineers → role iTwin Contributor/),
      expect.stringMatching(/^View iTwin itwins_read.*Via group.*Site Engineers → role iTwin Contributor/),
    ]);
    expect(within(view).queryByText("Direct")).not.toBeInTheDocument();
  });

  it("warns that group paths are unknown when the groups cannot be read, and still shows direct access", async () => {
    server.use(...handlers({ groups: "forbidden" }));
    renderPage();
    const notice = await screen.findByTestId("groups-unknown");
    expect(notice).toHaveTextContent("only organization administrators may list groups");
    expect(notice).toHaveTextContent("The roles of Site Engineers may also reach people not listed here.");
    await pickMember("Member", "Direct Tester");
    expect(await screen.findAllByTestId("permission-row")).toHaveLength(2);
  });

  it("says a group's roles may also reach members of its IMS groups, which the API cannot expand", async () => {
    server.use(...handlers({ groups: [{ ...SITE_ENGINEERS, imsGroups: ["Riverbend Surveyors"] }] }));
    renderPage();
    expect(await screen.findByTestId("ims-groups-unknown")).toHaveTextContent(
      "the roles of Site Engineers may also reach members of IMS group Riverbend Surveyors",
    );
  });

  it("resolves a held account role instead of calling it unknown", async () => {
    const ACCOUNT_ID = "a0000000-0000-4000-8000-000000000001";
    server.use(
      // Before the iTwin's handlers, whose roles handler matches any iTwin id.
      http.get(`${TEST_API}/itwins/:id/account`, () => HttpResponse.json({ iTwin: { id: ACCOUNT_ID, displayName: "Riverbend" } })),
      http.get(`${TEST_API}/accesscontrol/itwins/${ACCOUNT_ID}/roles`, () =>
        HttpResponse.json({ roles: [{ id: "r-account", displayName: "Account Auditor", description: "", permissions: ["itwins_read"] }] }),
      ),
      ...handlers({ users: [member("auditor", ["r-account"], { roles: [{ id: "r-account", displayName: "Account Auditor" }] })] }),
    );
    renderPage();
    await pickMember("Member", "Auditor Tester");
    const view = await screen.findByTestId("effective-access");
    expect(view).not.toHaveTextContent(/unknown/i);
    expect(view).toHaveTextContent("Account Auditor");
    expect(
      within(view)
        .getAllByTestId("permission-row")
        .map((r) => r.textContent),
    ).toEqual([expect.stringMatching(/^View iTwin itwins_read/)]);
  });

  it("names the permission a 403 on the roles needs", async () => {
    server.use(...handlers());
    // Added last, so asked first.
    server.use(
      http.get(`${AC}/roles`, () =>
        HttpResponse.json({ error: { code: "InsufficientPermissions", message: "Not allowed." } }, { status: 403 }),
      ),
    );
    renderPage();
    expect(await screen.findByText("Loading roles and members is not allowed")).toBeInTheDocument();
    expect(screen.getByText("administration_manage_roles")).toBeInTheDocument();
  });
});

describe("Owners as a source of access", () => {
  it("shows that an owner holding no role has full control in effective access", async () => {
    const owner: OwnerMember = {
      id: NOBODY.id,
      email: NOBODY.email,
      givenName: NOBODY.givenName,
      surname: NOBODY.surname,
      organization: null,
    };
    server.use(...handlers({ owners: [owner] }));
    renderPage();
    await pickMember("Member", "Nobody Tester");
    expect(await screen.findByTestId("owner-access")).toHaveTextContent("Owner: full control");
    expect(screen.queryByTestId("no-permissions")).not.toBeInTheDocument();
  });
});

describe("Check access", () => {
  it("answers yes with the path and no with the roles that would grant it", async () => {
    server.use(...handlers());
    renderPage("?tab=check");
    await pickMember("Member", "Grouponly Tester");
    const permission = screen.getByRole("combobox", { name: "Permission" });
    await userEvent.type(permission, "imodels_write");
    await userEvent.click(await screen.findByRole("option", { name: "Write iModels (imodels_write)" }));
    expect(await screen.findByTestId("check-result")).toHaveTextContent("Yes — Grouponly Tester has Write iModels imodels_write");
    expect(screen.getByTestId("check-result")).toHaveTextContent("Site Engineers → role iTwin Contributor");

    await userEvent.clear(permission);
    await userEvent.type(permission, "administration_invite");
    await userEvent.click(await screen.findByRole("option", { name: "Add and invite members (administration_invite_member)" }));
    expect(await screen.findByTestId("check-result")).toHaveTextContent(
      "No — Grouponly Tester does not have Add and invite members administration_invite_member",
    );
    expect(screen.getByTestId("roles-that-would-grant")).toHaveTextContent("Project Manager");
  });
});

describe("Bulk changes", () => {
  it("previews every member's change, applies it as one job with a result per member, and retries only the failure", async () => {
    const a = member("alpha", ["r-reader"]);
    const b = member("bravo", ["r-reader"]);
    const c = member("charlie", ["r-reader", "r-contrib"]);
    const jobs = jobFake({ users: [a, b, c], roles: ROLES, failOnce: { [b.email!]: "The service could not process the request." } });
    server.use(...jobs.handlers, ...handlers({ users: [a, b, c] }));
    renderPage("?tab=bulk");
    for (const name of ["Alpha Tester", "Bravo Tester", "Charlie Tester"])
      await userEvent.click(await screen.findByRole("checkbox", { name: new RegExp(name) }));
    expect(screen.getByTestId("bulk-selected-count")).toHaveTextContent("3 selected");
    await userEvent.click(screen.getByRole("combobox", { name: "Roles to add" }));
    await userEvent.click(await screen.findByRole("option", { name: "iTwin Contributor" }));
    await userEvent.keyboard("{Escape}");
    await userEvent.click(screen.getByRole("button", { name: "Preview changes" }));

    expect(screen.getByTestId("bulk-summary")).toHaveTextContent("2 to change · 1 already in the target state · 0 blocked");
    expect(jobs.posts).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));

    // The job is polled at its usual pace (about a second).
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 1 saved, 1 failed"), { timeout: 8000 });
    const row = (name: string) => screen.getAllByTestId("bulk-plan-row").find((r) => r.getAttribute("data-member") === name)!;
    expect(row("Alpha Tester")).toHaveAttribute("data-outcome", "saved");
    expect(row("Bravo Tester")).toHaveAttribute("data-outcome", "failed");
    expect(row("Bravo Tester")).toHaveTextContent("Failed: The service could not process the request.");
    expect(row("Charlie Tester")).toHaveAttribute("data-outcome", "unchanged");

    await userEvent.click(screen.getByRole("button", { name: "Retry failed (1)" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 2 saved, 0 failed"), { timeout: 8000 });
    expect(jobs.posts.map((p) => p.assignRoles?.map((x) => x.email))).toEqual([[a.email, b.email], [b.email]]);
  });
});

describe("Same access as", () => {
  it("shows the diff before sending and saves the source's roles", async () => {
    let body: unknown;
    server.use(
      ...handlers(),
      http.patch(`${AC}/members/users/:memberId`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ member: { ...DIRECT, roles: [{ id: "r-pm", displayName: "Project Manager" }] } });
      }),
    );
    renderPage();
    await pickMember("Member", "Direct Tester");
    await userEvent.click(await screen.findByRole("button", { name: "Same access as…" }));
    const dialog = await screen.findByRole("dialog", { name: "Give Direct Tester the same access as…" });
    await pickMember("Copy the direct roles of", "Both Tester");
    expect(within(dialog).getByTestId("same-access-diff")).toHaveTextContent("+ Project Manager");
    expect(within(dialog).getByTestId("same-access-diff")).toHaveTextContent("− iTwin Reader");
    expect(body).toBeUndefined();
    await userEvent.click(within(dialog).getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("Roles of Direct Tester saved: Project Manager.")).toBeInTheDocument();
    expect(body).toEqual({ roleIds: ["r-pm"] });
  });
});
