import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { PrivilegedPage } from "./PrivilegedPage";

installMswServer();

const AC = `${TEST_API}/accesscontrol/itwins/:id`;
const ROLES = [
  {
    id: "r-pm",
    displayName: "Project Manager",
    description: "",
    permissions: ["administration_manage_roles", "administration_invite_member"],
  },
  { id: "r-read", displayName: "Reader", description: "", permissions: ["itwins_read"] },
];
const user = (id: string, roles: string[]) => ({
  id,
  email: `${id}@example.com`,
  givenName: id,
  surname: "Tester",
  organization: "Org",
  roles: roles.map((r) => ({ id: r, displayName: ROLES.find((x) => x.id === r)!.displayName })),
});

function handlers(opts: { roles?: "forbidden" } = {}) {
  return [
    http.get(`${AC}/roles`, () =>
      opts.roles === "forbidden"
        ? HttpResponse.json({ error: { code: "InsufficientPermissions", message: "Not allowed." } }, { status: 403 })
        : HttpResponse.json({ roles: ROLES }),
    ),
    http.get(`${AC}/members/users`, () =>
      HttpResponse.json({ members: [user("direct", ["r-pm"]), user("reader", ["r-read"])], _links: {} }),
    ),
    http.get(`${AC}/members/groups`, () =>
      HttpResponse.json({
        members: [{ id: "g1", groupName: "Leads", groupDescription: "", roles: [{ id: "r-pm", displayName: "Project Manager" }] }],
        _links: {},
      }),
    ),
    http.get(`${AC}/groups`, () =>
      HttpResponse.json({
        groups: [
          {
            id: "g1",
            name: "Leads",
            description: "",
            members: [{ userId: "lead", email: "lead@example.com", givenName: "Lead", surname: "Person" }],
            imsGroups: [],
          },
        ],
        _links: {},
      }),
    ),
    http.get(`${AC}/members/owners`, () =>
      HttpResponse.json({
        members: [{ id: "own", email: "owner@example.com", givenName: "Olive", surname: "Owner", organization: "Org" }],
        _links: {},
      }),
    ),
  ];
}

const renderPage = () => renderWithProviders(<PrivilegedPage />, { path: `/itwins/${TEST_ITWIN_ID}/privileged` });

describe("Privileged view", () => {
  it("lists owners and holders of administration permissions with the role or group they come through", async () => {
    server.use(...handlers());
    renderPage();
    expect(screen.getByText(/Loading members, roles and groups/)).toBeInTheDocument();
    expect(await screen.findByTestId("privileged-counts")).toHaveTextContent("3 can change access");
    const rows = screen.getAllByTestId("privileged-row");
    expect(rows[0]).toHaveTextContent("Owner: full control");
    expect(rows.find((r) => r.textContent?.includes("lead@example.com"))).toHaveTextContent("Group Leads → Project Manager");
    expect(rows.find((r) => r.textContent?.includes("direct@example.com"))).toHaveTextContent("Role Project Manager");
    expect(screen.queryByText("reader@example.com")).not.toBeInTheDocument();
  });

  it("names the permission it needs when the roles cannot be read (403)", async () => {
    server.use(...handlers({ roles: "forbidden" }));
    renderPage();
    expect(await screen.findByText("Loading who can change access is not allowed")).toBeInTheDocument();
    expect(screen.getByText("administration_manage_roles")).toBeInTheDocument();
  });
});
