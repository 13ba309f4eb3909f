import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { Group } from "../../../api/wire";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { GroupsPage } from "./GroupsPage";

installMswServer();

const AC = `${TEST_API}/accesscontrol/itwins/:id`;
const forbidden = () =>
  HttpResponse.json({ error: { code: "InsufficientPermissions", message: "The user has insufficient permissions." } }, { status: 403 });
const person = (n: number) => ({
  userId: `u${n}`,
  email: `person${n}@example.com`,
  givenName: "Person",
  surname: String(n),
  organization: "Org",
});
const SITE: Group = { id: "g1", name: "Site Engineers", description: "On site", members: [person(1), person(2)], imsGroups: ["Site IMS"] };
const BIG: Group = {
  id: "g2",
  name: "Everyone",
  description: "",
  members: [person(3)],
  imsGroups: [],
  membersCount: 120,
  imsGroupsCount: 0,
};

function handlers(
  groups: Group[] | "forbidden" = [SITE, BIG],
  permissions = ["administration_manage_groups", "administration_invite_member"],
) {
  return [
    http.get(`${AC}/permissions`, () => HttpResponse.json({ permissions })),
    http.get(`${AC}/groups`, () => (groups === "forbidden" ? forbidden() : HttpResponse.json({ groups, _links: {} }))),
    http.get(`${AC}/members/groups`, () =>
      HttpResponse.json({
        members: [{ id: "g1", groupName: "Site Engineers", groupDescription: "", roles: [{ id: "r1", displayName: "Contributor" }] }],
        _links: {},
      }),
    ),
    http.get(`${AC}/groups/:groupId`, () => (groups === "forbidden" ? forbidden() : HttpResponse.json({ group: SITE }))),
    http.get(`${AC}/groups/:groupId/invitations`, () => HttpResponse.json({ invitations: [], _links: {} })),
  ];
}

const renderPage = () => renderWithProviders(<GroupsPage />, { path: `/itwins/${TEST_ITWIN_ID}/groups` });

describe("Groups page", () => {
  it("shows loading, then every group with its counts, the roles it holds, and when its lists are cut at 50", async () => {
    server.use(...handlers());
    renderPage();
    expect(screen.getByText("Loading groups…")).toBeInTheDocument();
    const site = (await screen.findAllByTestId("group-row")).find((r) => r.textContent?.includes("Site Engineers"))!;
    expect(site).toHaveTextContent("Contributor");
    const big = screen.getAllByTestId("group-row").find((r) => r.textContent?.includes("Everyone"))!;
    expect(big).toHaveTextContent("120");
    expect(big).toHaveTextContent("1 listed");
  });

  it("says when the iTwin has no group", async () => {
    server.use(...handlers([]));
    renderPage();
    expect(await screen.findByText("This iTwin has no groups yet.")).toBeInTheDocument();
  });

  it("names the permission when groups cannot be read (403)", async () => {
    server.use(...handlers("forbidden", []));
    renderPage();
    expect(await screen.findByText("Loading groups is not allowed")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create group" })).toBeDisabled();
  });

  it("stops a 51st member before sending, and puts a 422's detail at the field it names", async () => {
    let patched = 0;
    server.use(
      ...handlers(),
      http.patch(`${AC}/groups/:groupId`, () => {
        patched++;
        return HttpResponse.json(
          {
            error: {
              code: "InvalidiTwinsGroupRequest",
              message: "Cannot create/update group.",
              details: [{ code: "InvalidValue", message: "A group with the same name already exists.", target: "Name" }],
            },
          },
          { status: 422 },
        );
      }),
    );
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Edit group Site Engineers" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit group Site Engineers" });
    const members = within(dialog).getByLabelText(/^Members/);
    await userEvent.clear(members);
    await userEvent.click(members);
    await userEvent.paste(Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join("\n"));
    expect(within(dialog).getByTestId("members-helper")).toHaveTextContent("51 members: a group holds at most 50. Remove 1.");
    expect(within(dialog).getByRole("button", { name: "Save group" })).toBeDisabled();

    await userEvent.clear(members);
    await userEvent.type(members, "person1@example.com");
    const name = within(dialog).getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, "Everyone");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save group" }));
    await waitFor(() => expect(within(dialog).getByTestId("name-helper")).toHaveTextContent("A group with the same name already exists."));
    expect(patched).toBe(1);
    expect(name).toHaveValue("Everyone");
  });

  it("says what access deleting a group takes away before deleting it", async () => {
    server.use(...handlers());
    renderPage();
    await userEvent.click(await screen.findByRole("button", { name: "Delete group Site Engineers" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete group Site Engineers?" });
    expect(within(dialog).getByTestId("delete-group-impact")).toHaveTextContent("holds the role Contributor on this iTwin");
    expect(within(dialog).getByTestId("delete-group-impact")).toHaveTextContent("Its 2 members and 1 IMS group lose");
  });
});
