import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "../../../test/render";
import { people, peopleIndex, type OrgIndex } from "../../../org/index-queries";
import { summarize } from "../../../org/itwin-summary";
import { doneSnapshot } from "../../../test/org-snapshot";
import { exportTable } from "../../../lib/table-export";
import type { OrgView } from "../use-org-index";
import { PeopleView } from "./PeopleView";

vi.mock("../../../lib/table-export", () => ({ exportTable: vi.fn() }));

const reader = { id: "rd", displayName: "Reader", permissions: ["imodels_read"] };
const ada = { id: "ada", email: "ada.admin@x.example", givenName: "Ada", surname: "Admin" };
const bo = { id: "bo", email: "bo@x.example", givenName: "Bo", surname: "Builder" };
const index: OrgIndex = {
  account: null,
  itwins: [
    doneSnapshot("A", [reader], { displayName: "Alpha Bridge", users: [{ ...bo, roleIds: ["rd"] }] }),
    doneSnapshot("B", [reader], { displayName: "Beta Road", users: [{ ...bo, roleIds: ["rd"] }] }),
  ],
};
const view: OrgView = {
  itwins: index.itwins.map((t) => summarize(t, null)),
  people: peopleIndex(people(index)),
  account: null,
  full: index,
  parsed: 2,
  narrowed: async () => index,
};

async function find(text: string, name: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByRole("textbox", { name: "Find a person by name or e-mail" }), text);
  await user.click(within(screen.getByRole("list", { name: /matches/ })).getByText(name));
  return { user, table: screen.getByRole("table", { name: `Access of ${name}` }) };
}

describe("PeopleView", { timeout: 30_000 }, () => {
  it("finds the signed-in organization administrator, a member of no iTwin, administering every iTwin, and exports the route", async () => {
    renderWithProviders(<PeopleView view={view} signedInAdmin={ada} />);
    const { user, table } = await find("ada.admin", "Ada Admin");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Alpha Bridge.*Organization administrator.*Administration through Access Control and EDFS/),
      expect.stringMatching(/^Beta Road.*Organization administrator.*Administration through Access Control and EDFS/),
    ]);
    expect(screen.getByText(/other organization administrators cannot be known/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const [, header, cells] = vi.mocked(exportTable).mock.calls[0]!;
    expect(header).toEqual(["person", "email", "iTwin", "iTwinId", "role", "route"]);
    expect(cells).toEqual([
      ["Ada Admin", "ada.admin@x.example", "Alpha Bridge", "A", "Organization administrator", "organization administrator"],
      ["Ada Admin", "ada.admin@x.example", "Beta Road", "B", "Organization administrator", "organization administrator"],
    ]);
  });

  it("gives nobody else the route, and says in its help that other administrators cannot be known", async () => {
    renderWithProviders(<PeopleView view={view} signedInAdmin={ada} />);
    expect(screen.getByText(/Only you can be shown as an organization administrator/)).toBeInTheDocument();
    const { table } = await find("bo@", "Bo Builder");
    expect(within(table).getAllByText("Reader (direct)")).toHaveLength(2);
    expect(table).not.toHaveTextContent("Organization administrator");
  });

  it("finds nobody as an administrator when the signed-in user is not one", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PeopleView view={view} />);
    await user.type(screen.getByRole("textbox", { name: "Find a person by name or e-mail" }), "ada.admin");
    expect(screen.queryByRole("list", { name: /matches/ })).not.toBeInTheDocument();
  });
});
