import { describe, expect, it } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../../api/api-error";
import { createChangeLog } from "../../lib/change-log";
import { ChangesButton } from "./ChangesButton";

const XSS = "<img src=x onerror=alert(1)>";

async function openPanel() {
  await userEvent.click(screen.getByTestId("changes-button"));
  return screen.findByRole("dialog", { name: "Changes since sign-in" });
}

describe("Changes panel", () => {
  it("counts the changes on the app-bar button and says when one failed", async () => {
    const log = createChangeLog();
    render(<ChangesButton log={log} />);
    expect(screen.getByRole("button", { name: "Changes: 0 sent since sign-in" })).toBeInTheDocument();
    await act(() => log.recordChange({ summary: "a", target: "Role A", run: async () => 0 }));
    await act(() =>
      log.recordChange({ summary: "b", target: "Role B", run: () => Promise.reject(new Error("no")) }).catch(() => undefined),
    );
    expect(screen.getByRole("button", { name: "Changes: 2 sent since sign-in, 1 failed" })).toHaveTextContent("2");
  });

  it("offers the next step when nothing changed yet", async () => {
    render(<ChangesButton log={createChangeLog()} />);
    const panel = await openPanel();
    expect(panel).toHaveTextContent("Nothing changed yet.");
  });

  it("lists what, on what and the server's answer, with the message and correlation id of a failure", async () => {
    const log = createChangeLog();
    render(<ChangesButton log={log} />);
    await act(() => log.recordChange({ summary: "Roles: add Reader", target: "User member Ann", run: async () => 0 }));
    const error = new ApiError({
      status: 503,
      kind: "http",
      code: "ServiceUnavailable",
      message: "The service is unavailable.",
      correlationId: "corr-42",
    });
    await act(() =>
      log.recordChange({ summary: "Permissions: grant x", target: "Role B", run: () => Promise.reject(error) }).catch(() => undefined),
    );
    const panel = await openPanel();
    const [newest, oldest] = within(panel).getAllByTestId("change-entry");
    expect(newest).toHaveTextContent("Role B");
    expect(newest).toHaveTextContent("Failed");
    expect(newest).toHaveTextContent("The service is unavailable.");
    expect(newest).toHaveTextContent("Correlation id: corr-42");
    expect(within(newest!).queryByRole("button", { name: /^Undo/ })).toBeNull();
    expect(oldest).toHaveTextContent("User member Ann");
    expect(oldest).toHaveTextContent("Roles: add Reader");
    expect(oldest).toHaveTextContent("Saved");
  });

  it("undoes only after confirming, and shows the undo as a new entry", async () => {
    const sent: string[] = [];
    const log = createChangeLog({ runUndo: async () => sent.push("undo") });
    render(<ChangesButton log={log} />);
    await act(() =>
      log.recordChange({
        summary: "grant x",
        target: "Role A",
        run: async () => sent.push("do"),
        inverse: {
          summary: "revoke x",
          requests: [{ op: "updateRole", params: { iTwinId: "t", roleId: "a" }, body: { permissions: [] } }],
        },
      }),
    );
    const panel = await openPanel();
    await userEvent.click(within(panel).getByRole("button", { name: "Undo: grant x (Role A)" }));
    const confirm = await screen.findByRole("dialog", { name: "Undo this change?" });
    expect(confirm).toHaveTextContent("Role A: revoke x");
    await userEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(sent).toEqual(["do"]);

    await userEvent.click(await within(panel).findByRole("button", { name: "Undo: grant x (Role A)" }));
    await userEvent.click(
      within(await screen.findByRole("dialog", { name: "Undo this change?" })).getByRole("button", { name: "Undo change" }),
    );
    expect(await within(panel).findByText("Undo: revoke x")).toBeInTheDocument();
    expect(sent).toEqual(["do", "undo"]);
    expect(within(panel).getByText("Saved, then undone")).toBeInTheDocument();
    expect(within(panel).queryByRole("button", { name: /^Undo/ })).toBeNull();
  });

  it("renders server text as text, never as markup", async () => {
    const log = createChangeLog();
    render(<ChangesButton log={log} />);
    await act(() =>
      log
        .recordChange({
          summary: `Roles: add ${XSS}`,
          target: `Role ${XSS}`,
          run: () => Promise.reject(new Error(`Role ${XSS} is invalid`)),
        })
        .catch(() => undefined),
    );
    const panel = await openPanel();
    expect(panel.querySelector("img")).toBeNull();
    expect(panel).toHaveTextContent(`Role ${XSS}`);
    expect(panel).toHaveTextContent(`Role ${XSS} is invalid`);
  });
});
