import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { MembersPage } from "./MembersPage";
import { AC, MISSING, permissionsHandler, rolesHandler, user, usersHandler } from "./members-test-data";

installMswServer();
afterEach(cleanup);

const renderPage = (query = "") => renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members${query}` });

describe("Users tab", () => {
  it("shows a loading state, then members with their roles as chips and the total count", async () => {
    server.use(
      permissionsHandler(),
      usersHandler([
        user(1),
        user(2, {
          roles: [
            { id: "r-writer", displayName: "Write Access" },
            { id: "r-pm", displayName: "Project Manager" },
          ],
        }),
      ]),
    );
    renderPage();
    expect(await screen.findByText("Loading members…")).toBeInTheDocument();
    expect(await screen.findByText("Person2 Tester")).toBeInTheDocument();
    expect(screen.getByText("person1@riverbend.example")).toBeInTheDocument();
    expect(screen.getByText("Project Manager")).toBeInTheDocument();
    expect(screen.getByTestId("users-total")).toHaveTextContent("2 members");
  });

  it("offers the next action when the iTwin has no user members", async () => {
    server.use(permissionsHandler(), usersHandler([]));
    renderPage();
    expect(await screen.findByText("This iTwin has no user members yet.")).toBeInTheDocument();
  });

  it("shows the server's error with a retry when the list cannot be loaded", async () => {
    server.use(
      permissionsHandler(),
      http.get(`${AC}/members/users`, () =>
        HttpResponse.json({ error: { code: "ItwinNotFound", message: "Requested iTwin is not available." } }, { status: 404 }),
      ),
    );
    renderPage();
    expect(await screen.findByText("Loading members failed: not found")).toBeInTheDocument();
    expect(screen.getByText("Requested iTwin is not available.")).toBeInTheDocument();
  });

  it("tells two missing users apart from real users and from each other, by the start of their id", async () => {
    const other = { ...MISSING, id: "u-gone-2" };
    server.use(permissionsHandler(), rolesHandler(), usersHandler([user(1), MISSING, other]));
    renderPage();
    const flags = await screen.findAllByTestId("missing-user");
    expect(flags.map((f) => f.textContent)).toEqual(["Missing user · u-missin", "Missing user · u-gone-2"]);
    expect(screen.getByText("Person1 Tester")).toBeInTheDocument();
    expect(screen.queryAllByTestId("missing-user").filter((f) => f.closest('[role="row"]')?.textContent?.includes("Person1"))).toEqual([]);
    await userEvent.hover(flags[1]!);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Member id u-gone-2.");
  });

  it("flags missing users and offers to remove them", async () => {
    let deleted = "";
    server.use(
      permissionsHandler(),
      usersHandler([user(1), MISSING]),
      http.delete(`${AC}/members/users/:memberId`, ({ params }) => {
        deleted = String(params.memberId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderPage();
    expect(await screen.findByTestId("missing-user")).toHaveTextContent("Missing user");
    expect(screen.getByText(/1 missing user \(deleted from Bentley IMS\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove missing user u-missing" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove missing user?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(deleted).toBe("u-missing"));
  });

  it("finds a member on a later server page by loading the rest with progress", async () => {
    const members = Array.from({ length: 250 }, (_, i) => user(i + 1));
    members[230] = user(231, { givenName: "Zelda", surname: "Farpage" });
    const asked: string[] = [];
    server.use(permissionsHandler(), usersHandler(members, 100));
    // Added last, so asked first: records each request and passes it on to the paging handler.
    server.use(
      http.get(`${AC}/members/users`, ({ request }) => {
        asked.push(new URL(request.url).search);
      }),
    );
    renderPage();
    expect(await screen.findByText("Person1 Tester")).toBeInTheDocument();
    expect(screen.queryByText("Zelda Farpage")).not.toBeInTheDocument();
    expect(screen.getByTestId("users-total")).toHaveTextContent("100+ members");
    await userEvent.type(screen.getByLabelText("Search members"), "zelda");
    expect(await screen.findByText("Zelda Farpage")).toBeInTheDocument();
    expect(screen.getByTestId("users-total")).toHaveTextContent("1 of 250 members");
    // One request per page, never one per member.
    expect(asked.length).toBeLessThanOrEqual(6);
  });

  it("sorts every member, not only the page shown, when a column header is clicked", async () => {
    const members = Array.from({ length: 150 }, (_, i) => user(i + 1));
    members[139] = user(140, { givenName: "Aaron", surname: "Early" });
    server.use(permissionsHandler(), usersHandler(members, 100));
    renderPage();
    expect(await screen.findByText("Person1 Tester")).toBeInTheDocument();
    const firstRow = () => screen.getAllByRole("row")[1]!;
    await userEvent.click(screen.getByRole("columnheader", { name: "Name" }));
    await waitFor(() => expect(firstRow()).toHaveTextContent("Aaron Early"));
    expect(screen.getByTestId("users-total")).toHaveTextContent("150 members");
    await userEvent.click(screen.getByRole("columnheader", { name: /Name/ }));
    await waitFor(() => expect(firstRow()).toHaveTextContent("Person99 Tester"));
  });

  it("disables adding, editing and removing for a reader and names the permissions needed", async () => {
    server.use(permissionsHandler(["itwins_read"]), usersHandler([user(1)]));
    renderPage();
    expect(await screen.findByText("Person1 Tester")).toBeInTheDocument();
    expect(await screen.findByTestId("members-permission-notice")).toHaveTextContent("administration_invite_member");
    expect(screen.getByTestId("members-permission-notice")).toHaveTextContent("administration_remove_member");
    expect(screen.getByRole("button", { name: "Add users" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Add users" })).toHaveAttribute("data-needs-permission", "administration_invite_member");
    expect(screen.getByRole("button", { name: "Edit roles of Person1 Tester" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Remove Person1 Tester" })).toHaveAttribute(
      "data-needs-permission",
      "administration_remove_member",
    );
  });

  it("adds an external e-mail and says it was invited", async () => {
    let body: unknown;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([user(1)]),
      http.post(`${AC}/members/users`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          {
            members: [],
            invitations: [
              {
                id: "i1",
                email: "new@partner.example",
                invitedByEmail: "me@x",
                status: "Pending",
                createdDate: "2025-01-01T00:00:00Z",
                expirationDate: "2025-01-08T00:00:00Z",
                roles: [],
              },
            ],
          },
          { status: 201 },
        );
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Add users" }));
    const dialog = await screen.findByRole("dialog", { name: "Add users" });
    await userEvent.type(within(dialog).getByLabelText("E-mail addresses"), "new@partner.example");
    await userEvent.click(await within(dialog).findByRole("checkbox", { name: /iTwin Reader/ }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await within(dialog).findByText(/Invited by e-mail/)).toBeInTheDocument();
    expect(within(dialog).getByText(/new@partner.example/)).toBeInTheDocument();
    expect(body).toEqual({ members: [{ email: "new@partner.example", roleIds: ["r-reader"] }] });
  });

  it("prevents sending more than 50 role assignments when adding users", async () => {
    const many = Array.from({ length: 26 }, (_, i) => ({ id: `r${i}`, displayName: `Role ${i}`, description: "", permissions: [] }));
    server.use(permissionsHandler(), rolesHandler(many), usersHandler([user(1)]));
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Add users" }));
    const dialog = await screen.findByRole("dialog", { name: "Add users" });
    await userEvent.type(within(dialog).getByLabelText("E-mail addresses"), "a@x.example, b@x.example");
    await userEvent.click(await within(dialog).findByRole("button", { name: "Select the first 25 shown" }));
    expect(within(dialog).getByRole("button", { name: "Add" })).toBeEnabled();
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /^Role 9/ }));
    expect(within(dialog).getByText(/2 e-mails × 26 roles = 52 role assignments/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Add" })).toBeDisabled();
  });
});
