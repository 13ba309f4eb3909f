import { describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderWithProviders } from "../../../../test/render";
import type { Campaign, Decision, ReviewLine } from "../../../../org/review/campaign";
import { createCampaign } from "../../../../org/review/create";
import { NOW, reviewIndex } from "../../../../org/review/review-fixture";
import { writeReviewSession } from "../../../../org/review-session";
import { ReviewScreen } from "./ReviewScreen";

const by = { id: "admin", name: "Ada Admin" };
const campaign = createCampaign(reviewIndex(), {
  id: "c1",
  name: "Q2",
  organizationId: "org",
  scope: { kind: "all" },
  reviewer: by,
  now: NOW,
});

function Harness({ initial, onChange }: { initial: Campaign; onChange?: (d: Map<string, Decision>) => void }) {
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  return (
    <ReviewScreen
      campaign={initial}
      decisions={decisions}
      results={new Map()}
      reviewer={by}
      onDecisions={(next) => {
        setDecisions(next);
        onChange?.(next);
      }}
    />
  );
}

const table = () => screen.getByRole("table", { name: "Review lines" });

// Rendering a table of MUI controls is slow on a shared machine: each case gets a minute.
describe("ReviewScreen", { timeout: 60_000 }, () => {
  it("shows each line with its hints and what revoking takes away, and keeps or revokes it with a note", async () => {
    sessionStorage.clear();
    // Back where the reviewer left off, on the missing users: a page of no height shows only a few rows.
    writeReviewSession("place:c1", { filter: { hint: "missingUser" }, active: null });
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProviders(<Harness initial={campaign} onChange={onChange} />);
    const gone = within(table())
      .getAllByRole("row")
      .find((r) => r.textContent?.includes("Missing user ("))!;
    expect(gone).toHaveTextContent("Missing user");
    expect(gone).toHaveTextContent("Reader: imodels_read");
    await user.click(within(gone).getByRole("button", { name: /^Revoke: Missing user/ }));
    expect(within(gone).getByRole("button", { name: /^Revoke: / })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("review-progress")).toHaveTextContent(`1 of ${campaign.lines.length} lines decided: 0 kept, 1 to revoke`);
    await user.type(within(gone).getByRole("textbox", { name: /^Note: / }), "Deleted from IMS");
    await act(() => new Promise((r) => setTimeout(r, 500)));
    const last = onChange.mock.calls.at(-1)![0] as Map<string, Decision>;
    expect([...last.values()]).toEqual([
      expect.objectContaining({ lineId: "B|user|gone|rd", verdict: "revoke", note: "Deleted from IMS", by }),
    ]);
  });

  it("keeps every line the filter shows after a confirmation that says how many", async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={campaign} />);
    await user.click(screen.getByLabelText("Hint"));
    await user.click(screen.getByRole("option", { name: "Privileged" }));
    const privileged = campaign.lines.filter((l) => l.hints.includes("privileged")).length;
    expect(screen.getByTestId("review-shown")).toHaveTextContent(`${privileged} of ${campaign.lines.length} lines shown`);
    await user.click(screen.getByRole("button", { name: `Revoke all shown (${privileged})` }));
    const dialog = screen.getByRole("dialog", { name: `Revoke ${privileged} lines?` });
    expect(dialog).toHaveTextContent("Nothing is sent yet");
    await user.click(within(dialog).getByRole("button", { name: `Revoke ${privileged} lines` }));
    expect(screen.getByTestId("review-progress")).toHaveTextContent(
      `${privileged} of ${campaign.lines.length} lines decided: 0 kept, ${privileged} to revoke`,
    );
  });

  it("renders only the rows in view of 100,000 lines and moves between lines with the arrow keys", async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    const template = campaign.lines.find((l) => l.kind === "user")!;
    const lines: ReviewLine[] = Array.from({ length: 100_000 }, (_, i) => ({
      ...template,
      id: `A|user|u${i}|rd`,
      subjectId: `u${i}`,
      subjectName: `Person ${i}`,
    }));
    renderWithProviders(<Harness initial={{ ...campaign, lines }} />);
    expect(table()).toHaveAttribute("aria-rowcount", String(100_000 + 2));
    expect(within(table()).getAllByTestId("review-line").length).toBeLessThan(100);
    const keep = screen.getByRole("button", { name: "Keep: Person 0, Reader on Bridge A" });
    keep.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("button", { name: "Keep: Person 1, Reader on Bridge A" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("review-progress")).toHaveTextContent("1 of 100,000 lines decided: 1 kept");
  });

  it("shows what its hints judge by, and the lines a refresh found gone with the decision they had", async () => {
    sessionStorage.clear();
    const gone = campaign.lines.find((l) => l.id === "B|user|gone|rd")!;
    const refreshed: Campaign = {
      ...campaign,
      domains: ["corp.example", "partner.example"],
      maxOwners: 3,
      lines: campaign.lines.filter((l) => l !== gone),
      gone: [{ line: gone, decision: { lineId: gone.id, verdict: "revoke", note: "Deleted from IMS", at: NOW, by }, since: NOW + 1 }],
    };
    renderWithProviders(<Harness initial={refreshed} />);
    expect(screen.getByTestId("review-hint-settings")).toHaveTextContent(
      "organization e-mail domains corp.example, partner.example · more than 3 owners on an iTwin",
    );
    const list = screen.getByRole("list", { name: "Lines gone since an earlier snapshot" });
    expect(screen.getByTestId("review-gone")).toHaveTextContent("1 line gone since an earlier snapshot");
    expect(list).toHaveTextContent("Member · Reader on Bridge B");
    expect(list).toHaveTextContent("was decided: revoke (Deleted from IMS)");
    expect(
      within(table())
        .queryAllByRole("row")
        .some((r) => r.textContent?.includes("Missing user (")),
    ).toBe(false);
  });
});
