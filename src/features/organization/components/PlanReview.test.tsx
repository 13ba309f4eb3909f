import { describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "../../../test/render";
import type { Plan } from "../../../org/plan/plan";
import { emptyProgress, type PlanProgress } from "../../../org/plan/progress";
import { PlanReview, type PlanReviewProps } from "./PlanReview";

const reader = { id: "r1", displayName: "Reader", permissions: ["imodels_read", "itwins_read"] };
const who = { userId: "q", email: "quinn@example.com" };
const plan: Plan = {
  version: 1,
  id: "p",
  kind: "offboard",
  title: "Offboard Quinn Doe",
  createdAt: 1,
  person: { id: "q", name: "Quinn Doe", email: "quinn@example.com" },
  lacking: [{ id: "D", name: "Dam" }],
  itwins: [
    {
      iTwinId: "A",
      iTwinName: "Bridge",
      changes: [{ id: "a1", kind: "removeUserMember", selected: true, ...who, roleIds: ["r1"], roles: [reader] }],
    },
    {
      iTwinId: "C",
      iTwinName: "Canal",
      changes: [{ id: "c1", kind: "removeOwner", selected: false, warning: "onlyOwner", ...who, roles: [] }],
    },
  ],
};

function renderReview(props: Partial<PlanReviewProps> = {}) {
  const handlers = { onChoose: vi.fn(), onApply: vi.fn(), onRetry: vi.fn(), onDelete: vi.fn() };
  renderWithProviders(<PlanReview plan={plan} progress={null} running={false} {...handlers} {...props} />);
  return handlers;
}

describe("PlanReview", () => {
  it("shows per iTwin what goes and the permissions it takes, and calls out the only ownership as kept", async () => {
    const user = userEvent.setup();
    const { onChoose, onApply } = renderReview();
    const bridge = screen.getByRole("table", { name: "Changes on Bridge" });
    expect(within(bridge).getByRole("row", { name: /Remove member/ })).toHaveTextContent("Reader");
    expect(within(bridge).getByText("imodels_read")).toBeInTheDocument();
    const callout = screen.getByTestId("only-owner-callout");
    expect(callout).toHaveTextContent("Quinn Doe is the only owner of 1 iTwin");
    expect(screen.getByRole("row", { name: /Remove owner \(only owner\)/ })).toHaveTextContent("Kept");
    // Each name isolated (FSI … PDI) inside the sentence, so a right-to-left one cannot reorder it.
    expect(screen.getByText(/The index lacks 1 iTwin \(\u2068Dam\u2069\)/)).toBeInTheDocument();

    // Keyboard only: reach the callout's checkbox and the Apply button.
    const keep = within(callout).getByRole("checkbox", { name: "Remove the ownership of Canal anyway" });
    keep.focus();
    await user.keyboard(" ");
    expect(onChoose).toHaveBeenCalledWith("c1", true);
    screen.getByRole("button", { name: "Apply 1 change" }).focus();
    await user.keyboard("{Enter}");
    expect(onApply).toHaveBeenCalled();
  });

  it("shows nothing as done until the server said so, and offers to retry only the failures", async () => {
    const user = userEvent.setup();
    const progress: PlanProgress = {
      ...emptyProgress(plan, 1),
      status: "stopped",
      changes: { a1: { state: "failed", error: "The user has insufficient permissions for the requested operation." } },
    };
    const { onRetry } = renderReview({ progress });
    expect(screen.getByRole("row", { name: /Remove member/ })).toHaveTextContent("Failed: The user has insufficient permissions");
    expect(screen.getByRole("status")).toHaveTextContent("Stopped: 0 of 1 done, 1 failed, 1 kept");
    expect(screen.getByRole("heading", { name: /Bridge/ })).toHaveTextContent("Bridge · 0 of 1 done, 1 not done");
    expect(screen.queryByRole("button", { name: /^Apply/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Retry failed (1)" }));
    expect(onRetry).toHaveBeenCalled();
  });

  it("after a reload mid-apply says so and offers Resume instead of Apply", () => {
    const progress: PlanProgress = { ...emptyProgress(plan, 1), status: "applying", changes: { a1: { state: "sending" } } };
    renderReview({ progress });
    expect(screen.getByText(/Applying was interrupted/)).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /Remove member/ })).toHaveTextContent("Sent, not confirmed yet");
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Interrupted: 0 of 1 done");
  });

  it("deletes a plan only once the administrator confirmed it", async () => {
    const user = userEvent.setup();
    const { onDelete } = renderReview();
    await user.click(screen.getByRole("button", { name: "Delete plan" }));
    const dialog = screen.getByRole("dialog", { name: "Delete this plan?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Delete plan" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Delete plan" }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it("offers to undo an applied plan", async () => {
    const user = userEvent.setup();
    const onUndo = vi.fn();
    const progress: PlanProgress = {
      ...emptyProgress(plan, 1),
      status: "finished",
      changes: { a1: { state: "succeeded", applied: true } },
    };
    renderReview({ progress, onUndo });
    await user.click(screen.getByRole("button", { name: "Undo this plan" }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it("reviews an inverse plan: what it gives back, what it cannot take back and why, then Apply", async () => {
    const user = userEvent.setup();
    const inverse: Plan = {
      ...plan,
      id: "p-undo",
      kind: "inverse",
      title: "Undo: Offboard Quinn Doe",
      lacking: [],
      undoes: { id: "p", title: "Offboard Quinn Doe" },
      cannot: [
        {
          iTwinName: "Canal",
          description: "Remove member",
          reason: "A missing user (deleted from IMS) has no e-mail address: they cannot be added again.",
        },
        {
          iTwinName: "Canal",
          description: "Cancel invitation of guest@example.com",
          reason: "A cancelled invitation cannot be restored: invite the person again.",
        },
      ],
      itwins: [
        {
          iTwinId: "A",
          iTwinName: "Bridge",
          changes: [
            { id: "u1", kind: "addUserMember", selected: true, email: "quinn@example.com", roleIds: ["r1"], roles: [reader] },
            { id: "u2", kind: "addOwner", selected: true, email: "quinn@example.com", roles: [] },
          ],
        },
      ],
    };
    const { onApply } = renderReview({ plan: inverse });
    expect(screen.getByTestId("undoes")).toHaveTextContent("Takes back what the plan “Offboard Quinn Doe” applied");
    const cannot = screen.getByTestId("cannot-undo");
    expect(cannot).toHaveTextContent("2 changes cannot be undone");
    expect(cannot).toHaveTextContent("Canal: Remove member — A missing user (deleted from IMS) has no e-mail address");
    expect(cannot).toHaveTextContent("invite the person again");
    const bridge = screen.getByRole("table", { name: "Changes on Bridge" });
    expect(within(bridge).getByRole("columnheader", { name: "Permissions it gives" })).toBeInTheDocument();
    expect(within(bridge).getByRole("row", { name: /Add member/ })).toHaveTextContent("imodels_read");
    expect(within(bridge).getByRole("row", { name: /Add owner/ })).toHaveTextContent("Every permission (owner)");
    expect(screen.queryByRole("button", { name: "Undo this plan" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    expect(onApply).toHaveBeenCalled();
  });
  it("renders a plan of thousands of changes a few hundred rows at a time, the rest on asking (or scrolling to them)", async () => {
    const user = userEvent.setup();
    const big: Plan = {
      ...plan,
      lacking: [],
      itwins: Array.from({ length: 200 }, (_, t) => ({
        iTwinId: `T${t}`,
        iTwinName: `iTwin ${t}`,
        changes: Array.from({ length: 25 }, (_, c) => ({
          id: `T${t}-${c}`,
          kind: "removeUserMember" as const,
          selected: true,
          ...who,
          roleIds: ["r1"],
          roles: [reader],
        })),
      })),
    };
    const { onApply } = renderReview({ plan: big });
    // Counted on the DOM: role queries over hundreds of rows take jsdom seconds.
    const tables = () => document.querySelectorAll("table[aria-label^='Changes on ']");
    // The first screen at once (one iTwin of 25 changes), the rest of the first batch right after.
    expect(tables()).toHaveLength(1);
    expect(document.querySelectorAll("tr[data-state]")).toHaveLength(25);
    await waitFor(() => expect(tables()).toHaveLength(6), { timeout: 20_000 });
    expect(document.querySelectorAll("tr[data-state]")).toHaveLength(150);
    // Apply comes before the changes: loading more of them never moves it away.
    const first = document.querySelector("table[aria-label^='Changes on ']")!;
    expect(screen.getByText("Apply 5,000 changes").compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The whole plan is what Apply sends, not only what is on screen.
    screen.getByText("Apply 5,000 changes").focus();
    await user.keyboard("{Enter}");
    expect(onApply).toHaveBeenCalled();
    expect(screen.getByTestId("plan-more")).toHaveTextContent("Changes on 6 of 200 iTwins shown.");
    screen.getByText("Show more").focus();
    await user.keyboard("{Enter}");
    expect(tables()).toHaveLength(12);
    expect(document.querySelector("table[aria-label='Changes on iTwin 11']")).not.toBeNull();
    expect(document.querySelectorAll("tr[data-state]")).toHaveLength(300);
  }, 60_000);
});
