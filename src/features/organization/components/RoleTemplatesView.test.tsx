import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "../../../test/render";
import { peopleIndex, type OrgIndex } from "../../../org/index-queries";
import { forgetTemplateChoices } from "../../../org/plan/template-choice";
import type { RoleFact } from "../../../org/snapshot";
import { doneSnapshot } from "../../../test/org-snapshot";
import type { OrgView } from "../use-org-index";
import { RoleTemplatesView } from "./RoleTemplatesView";

const reader: RoleFact = { id: "r", displayName: "Reader", description: "Reads", permissions: ["imodels_read", "itwins_read"] };
const done = (id: string, displayName: string, roles: RoleFact[]) => doneSnapshot(id, roles, { displayName });

const index: OrgIndex = {
  account: null,
  itwins: [
    done("A", "Alpha Bridge", [reader]),
    done("B", "Beta Bridge", [{ ...reader, id: "r2", permissions: ["imodels_read"] }]),
    done("C", "Gamma Road", [
      { ...reader, id: "r3" },
      { id: "x", displayName: "Temp", permissions: ["storage_read"] },
    ]),
    done("D", "Delta Road", [{ ...reader, id: "r4" }]),
  ],
};
const view: OrgView = { itwins: [], people: peopleIndex([]), account: null, full: index, parsed: 4, narrowed: async () => index };
const owner = { userId: "u", organization: "o" };

afterEach(() => forgetTemplateChoices());

async function chooseReference(name: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole("combobox", { name: "Reference roles" }));
  await user.keyboard(name);
  await user.click(await screen.findByRole("option", { name }));
  return user;
}

// Typing into MUI Autocomplete in jsdom is slow on a busy machine: these get more time than the default.
describe("RoleTemplatesView", { timeout: 60_000 }, () => {
  it("shows each drifted target's differences and brings the ticked ones in line", async () => {
    const onBringInLine = vi.fn(async () => {});
    renderWithProviders(<RoleTemplatesView view={view} owner={owner} onBringInLine={onBringInLine} />);
    expect(screen.getByText(/Choose the reference roles/)).toBeInTheDocument();
    const user = await chooseReference("Alpha Bridge");

    expect(screen.getByTestId("drift-summary")).toHaveTextContent("2 iTwins of 3 differ from the 1 role of Alpha Bridge");
    const table = screen.getByRole("table", { name: "Role drift" });
    const beta = within(table)
      .getAllByRole("row")
      .find((r) => r.textContent?.includes("Beta Bridge"))!;
    expect(beta).toHaveTextContent("Different permissions");
    expect(beta).toHaveTextContent("itwins_read");
    expect(within(table).getByText("Extra role")).toBeInTheDocument();
    expect(screen.getByText(/extra role is listed unticked/)).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "Bring Beta Bridge in line" }));
    await user.click(screen.getByRole("button", { name: "Bring 1 iTwin in line…" }));
    expect(onBringInLine).toHaveBeenCalledTimes(1);
    const [template, targets] = onBringInLine.mock.calls[0] as unknown as [{ iTwinId: string }, { iTwinId: string }[]];
    expect(template.iTwinId).toBe("A");
    expect(targets.map((t) => t.iTwinId)).toEqual(["C"]);
  });

  it("says the targets are in line when none differs, and keeps the choice for the next visit", async () => {
    const { unmount } = renderWithProviders(<RoleTemplatesView view={view} owner={owner} onBringInLine={vi.fn()} />);
    const user = await chooseReference("Alpha Bridge");
    await user.click(screen.getByRole("radio", { name: "Name contains" }));
    await user.type(screen.getByLabelText("iTwin name contains"), "Delta");
    expect(await screen.findByTestId("drift-empty")).toHaveTextContent("The target iTwin is in line with the roles of Alpha Bridge.");
    expect(screen.queryByRole("button", { name: /in line…$/ })).toBeNull();
    unmount();

    renderWithProviders(<RoleTemplatesView view={view} owner={owner} onBringInLine={vi.fn()} />);
    expect(screen.getByRole("combobox", { name: "Reference roles" })).toHaveValue("Alpha Bridge");
    expect(screen.getByLabelText("iTwin name contains")).toHaveValue("Delta");
    expect(screen.getByTestId("drift-empty")).toBeInTheDocument();
  });

  it("waits for the index's facts before answering", () => {
    renderWithProviders(
      <RoleTemplatesView view={{ ...view, full: null, parsed: 1, itwins: new Array(4) }} owner={owner} onBringInLine={vi.fn()} />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Reading the index: 1 of 4 iTwins…");
  });
});
