import { describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "../../../test/render";
import { importPlan } from "../../../org/plan/import-csv";
import type { OrgIndex } from "../../../org/index-queries";
import { pendingSnapshot } from "../../../org/snapshot";
import { SpreadsheetImport } from "./SpreadsheetImport";

const index: OrgIndex = {
  account: null,
  itwins: [
    {
      ...pendingSnapshot("A", "Bridge", null),
      state: "done",
      snapshotAt: 1,
      roles: [{ id: "rd", displayName: "Reader", permissions: [] }],
      users: [{ id: "m", email: "mia@x.example", givenName: "Mia", surname: null, roleIds: ["rd"] }],
    },
  ],
};
const planOf = (text: string) => importPlan(index, text, { id: "p", now: 1, known: ["mia@x.example"] });

describe("SpreadsheetImport", () => {
  it("lists the rows not imported with their numbers, the ones with nothing to do and who is invited", () => {
    const plan = planOf("mia@x.example,Bridge,Reader\nnobody,Bridge,Reader\nguest@else.example,Bridge,Reader");
    renderWithProviders(<SpreadsheetImport plan={plan} editable onEdit={vi.fn()} onPending={vi.fn()} />);
    const rows = within(screen.getByRole("table", { name: "Rows not imported" })).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual(["RowValueWhy it is not imported", "2nobodyNot an e-mail address."]);
    expect(screen.getByRole("button", { name: "Export CSV (rows not imported)" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Rows with nothing to do" })).toHaveTextContent(
      "Row 1: mia@x.example already holds Reader on Bridge.",
    );
    expect(screen.getByTestId("import-invited")).toHaveTextContent("guest@else.example: Bridge");
  });

  it("stores pasted rows once typing pauses, and a picked file at once, saying an edit is pending until then", async () => {
    const onEdit = vi.fn(async () => {});
    const onPending = vi.fn();
    renderWithProviders(<SpreadsheetImport plan={planOf("")} editable onEdit={onEdit} onPending={onPending} />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText("Rows: e-mail, iTwin, role"));
    await user.paste("a@x.example,Bridge,Reader");
    expect(onPending).toHaveBeenCalledWith(true);
    await waitFor(() => expect(onEdit).toHaveBeenCalledWith("a@x.example,Bridge,Reader", null));
    expect(onEdit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onPending).toHaveBeenLastCalledWith(false));

    const file = new File(["b@x.example,Bridge,Reader"], "people.csv", { type: "text/csv" });
    await user.upload(screen.getByTestId("import-file"), file);
    await waitFor(() => expect(onEdit).toHaveBeenLastCalledWith("b@x.example,Bridge,Reader", "people.csv"));
    expect(screen.getByLabelText("Rows: e-mail, iTwin, role")).toHaveValue("b@x.example,Bridge,Reader");
  });

  it("shows the rows as sent, without an editor, once applying started", () => {
    renderWithProviders(<SpreadsheetImport plan={planOf("x,Bridge,Reader")} editable={false} onEdit={vi.fn()} onPending={vi.fn()} />);
    expect(screen.queryByLabelText("Rows: e-mail, iTwin, role")).toBeNull();
    expect(screen.getByTestId("import-problems")).toHaveTextContent("1 row not imported");
  });
});
