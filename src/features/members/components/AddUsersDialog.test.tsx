import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { MembersPage } from "./MembersPage";
import { AC, permissionsHandler, rolesHandler, user, usersHandler } from "./members-test-data";

installMswServer();

const renderPage = () => renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members` });
const existing = user(1);
const newcomer = user(2, { roles: [{ id: "r-writer", displayName: "Write Access" }] });

async function addWithWriteAccess(emails: string) {
  await userEvent.click(await screen.findByRole("button", { name: "Add users" }));
  const dialog = await screen.findByRole("dialog", { name: "Add users" });
  await userEvent.type(within(dialog).getByLabelText("E-mail addresses"), emails);
  await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Write Access/ }));
  await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
  return dialog;
}

const ACCOUNT_ID = "a0000000-0000-4000-8000-000000000001";
const accountHandlers = () => [
  http.get(`${AC.replace("/accesscontrol/itwins/:id", "/itwins/:id")}/account`, () =>
    HttpResponse.json({ iTwin: { id: ACCOUNT_ID, class: "Account", subClass: "Account", displayName: "Riverbend" } }),
  ),
  http.get(`${AC.replace(":id", ACCOUNT_ID)}/roles`, () =>
    HttpResponse.json({
      roles: [{ id: "r-account", displayName: "Account Auditor", description: "Reads everything", permissions: ["itwins_read"] }],
    }),
  ),
];

describe("Add users", () => {
  it("suggests colleagues of the organization as a name is typed, and a pick fills in the address", async () => {
    const searched: string[] = [];
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.get(`${AC.replace("/accesscontrol/itwins/:id", "/users")}`, ({ request }) => {
        searched.push(new URL(request.url).searchParams.get("$search") ?? "");
        return HttpResponse.json({
          users: [
            {
              id: "u-grace",
              email: "grace.hopkins@riverbend.example",
              givenName: "Grace",
              surname: "Hopkins",
              organizationName: "Riverbend",
            },
          ],
        });
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Add users" }));
    const dialog = await screen.findByRole("dialog", { name: "Add users" });
    const box = within(dialog).getByLabelText("E-mail addresses");
    await userEvent.type(box, "gr");
    expect(within(dialog).queryByTestId("user-suggestions")).not.toBeInTheDocument();
    await userEvent.type(box, "ace");
    await userEvent.click(await within(dialog).findByRole("button", { name: "Add Grace Hopkins (grace.hopkins@riverbend.example)" }));
    expect(box).toHaveValue("grace.hopkins@riverbend.example, ");
    expect(searched).not.toContain("gr");
    expect(searched.at(-1)).toBe("grace");
  });

  it("offers the account's roles, marked as account roles, and gives one", async () => {
    let body: unknown;
    server.use(
      ...accountHandlers(),
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.post(`${AC}/members/users`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          { members: [{ ...newcomer, roles: [{ id: "r-account", displayName: "Account Auditor" }] }], invitations: [] },
          { status: 201 },
        );
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Add users" }));
    const dialog = await screen.findByRole("dialog", { name: "Add users" });
    await userEvent.type(within(dialog).getByLabelText("E-mail addresses"), newcomer.email!);
    const accountRole = await within(dialog).findByRole("checkbox", { name: /Account Auditor/ });
    expect(accountRole).toHaveTextContent("Account role");
    await userEvent.click(accountRole);
    await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await within(dialog).findByText(/Added as member/)).toBeInTheDocument();
    expect(body).toEqual({ members: [{ email: newcomer.email, roleIds: ["r-account"] }] });
  });

  it("reads a null side of the answer as empty", async () => {
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.post(`${AC}/members/users`, () => HttpResponse.json({ members: [newcomer], invitations: null }, { status: 201 })),
    );
    renderPage();
    const dialog = await addWithWriteAccess(newcomer.email!);
    expect(await within(dialog).findByText(/Added as member/)).toBeInTheDocument();
    expect(within(dialog).getByText(/person2@riverbend.example/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/Invited by e-mail/)).not.toBeInTheDocument();
  });

  it("says an existing member was merged and lists the roles they hold now", async () => {
    const merged = { ...existing, roles: [...existing.roles, { id: "r-writer", displayName: "Write Access" }] };
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.post(`${AC}/members/users`, () => HttpResponse.json({ members: [merged], invitations: null }, { status: 201 })),
    );
    renderPage();
    await screen.findByText("Person1 Tester");
    const dialog = await addWithWriteAccess(existing.email!);
    expect(await within(dialog).findByTestId("already-members")).toHaveTextContent(
      "Person1 Tester was already a member: now also holds Write Access. Roles now: iTwin Reader, Write Access.",
    );
    expect(within(dialog).queryByText(/Added as member/)).not.toBeInTheDocument();
  });

  it("when the server refuses an existing member with 409, adds the others and says the member was left as they were", async () => {
    const bodies: unknown[] = [];
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.get(`${AC}/members/users/:memberId`, ({ params }) =>
        params.memberId === existing.id ? HttpResponse.json({ member: existing }) : new HttpResponse(null, { status: 404 }),
      ),
      http.post(`${AC}/members/users`, async ({ request }) => {
        const body = (await request.json()) as { members: { email: string }[] };
        bodies.push(body);
        if (body.members.some((m) => m.email === existing.email))
          return HttpResponse.json(
            { error: { code: "iTwinMemberAlreadyExists", message: `Member '${existing.id}' already exists in iTwin '${TEST_ITWIN_ID}'.` } },
            { status: 409 },
          );
        return HttpResponse.json({ members: [newcomer], invitations: [] }, { status: 201 });
      }),
    );
    renderPage();
    const dialog = await addWithWriteAccess(`${existing.email}, ${newcomer.email}`);
    expect(await within(dialog).findByTestId("add-users-refused-existing")).toHaveTextContent(
      "Person1 Tester — already a member; roles left as they were (iTwin Reader)",
    );
    expect(within(dialog).getByText(/Added as member/)).toBeInTheDocument();
    expect(within(dialog).getByText(/person2@riverbend.example/)).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        members: [
          { email: existing.email, roleIds: ["r-writer"] },
          { email: newcomer.email, roleIds: ["r-writer"] },
        ],
      },
      { members: [{ email: newcomer.email, roleIds: ["r-writer"] }] },
    ]);
  });

  it("sends nothing more when the only e-mail belongs to a member the server refused", async () => {
    let posts = 0;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([existing]),
      http.get(`${AC}/members/users/:memberId`, () => HttpResponse.json({ member: existing })),
      http.post(`${AC}/members/users`, () => {
        posts += 1;
        return HttpResponse.json(
          { error: { code: "iTwinMemberAlreadyExists", message: `Member '${existing.id}' already exists in iTwin '${TEST_ITWIN_ID}'.` } },
          { status: 409 },
        );
      }),
    );
    renderPage();
    const dialog = await addWithWriteAccess(existing.email!);
    expect(await within(dialog).findByTestId("add-users-refused-existing")).toBeInTheDocument();
    expect(within(dialog).queryByText("The server added nobody and invited nobody.")).not.toBeInTheDocument();
    expect(posts).toBe(1);
  });
});
