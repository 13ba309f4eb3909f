// The member role editor on its failure paths: what the change log records, a server error
// with its correlation id and a retry, a write never repeated by itself, "still rate-limited", and a
// member removed meanwhile.
import { beforeEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { changeLog } from "../../../lib/change-log";
import { MembersPage } from "./MembersPage";
import { AC, ANNA, editorHandlers, permissionsHandler, rolesHandler, usersHandler } from "./members-test-data";

installMswServer();
beforeEach(() => changeLog.clear());

async function openEditorAndAddWriteAccess() {
  renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members` });
  await userEvent.click(await screen.findByRole("button", { name: "Edit roles of Anna Editor" }, { timeout: 5000 }));
  const dialog = await screen.findByRole("dialog", { name: "Roles of Anna Editor" });
  await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Write Access/ }));
  return dialog;
}

describe("Member role editor — failures and the change log", () => {
  it("records the saved change with an undo that PATCHes the previous roles back", async () => {
    const patches: unknown[] = [];
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, async ({ request }) => {
        patches.push(await request.json());
        return HttpResponse.json({ member: ANNA });
      }),
    );
    const dialog = await openEditorAndAddWriteAccess();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    expect(await screen.findByText("Roles of Anna Editor saved.")).toBeInTheDocument();
    expect(changeLog.getSnapshot()).toMatchObject([
      { status: "saved", target: "User member Anna Editor", summary: "Roles: add Write Access" },
    ]);

    await act(() => changeLog.undo(changeLog.getSnapshot()[0]!.id));
    expect(patches).toEqual([{ roleIds: ["r-reader", "r-writer"] }, { roleIds: ["r-reader"] }]);
    expect(changeLog.getSnapshot()[1]).toMatchObject({ status: "saved", undoes: 1 });
  });

  it("shows a server error with its correlation id, keeps the selection, sends the write once, and retries on request", async () => {
    let patchCount = 0;
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, () => {
        patchCount += 1;
        return patchCount === 1
          ? new HttpResponse("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", {
              status: 502,
              headers: { "content-type": "text/html", "x-correlation-id": "corr-502" },
            })
          : HttpResponse.json({ member: ANNA });
      }),
    );
    const dialog = await openEditorAndAddWriteAccess();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Changing roles failed");
    expect(alert).toHaveTextContent("502 Bad Gateway");
    expect(alert).toHaveTextContent("Correlation id: corr-502");
    expect(patchCount).toBe(1);
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "true");
    expect(changeLog.getSnapshot()).toMatchObject([{ status: "failed", correlationId: "corr-502" }]);

    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Roles of Anna Editor saved.")).toBeInTheDocument();
    expect(patchCount).toBe(2);
    expect(changeLog.getSnapshot().map((e) => e.status)).toEqual(["failed", "saved"]);
  });

  it("says the server is still rate-limiting once the automatic retries are used up, and keeps the edit", async () => {
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json(
          { error: { code: "RateLimitExceeded", message: "Rate limit exceeded." } },
          { status: 429, headers: { "retry-after": "0" } },
        ),
      ),
    );
    const dialog = await openEditorAndAddWriteAccess();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("the server is still rate-limiting requests");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeEnabled();
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "true");
  });

  it("tells plainly that a member removed meanwhile is gone, and leads back to the members once its changes are let go", async () => {
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([ANNA]),
      http.get(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json({ error: { code: "MemberNotFound", message: "Requested member is not available." } }, { status: 404 }),
      ),
    );
    const dialog = await openEditorAndAddWriteAccess();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    const notice = await within(dialog).findByTestId("not-found-notice");
    expect(notice).toHaveTextContent("Anna Editor is no longer a member of this iTwin");
    await userEvent.click(within(notice).getByRole("button", { name: "Discard these changes" }));
    expect(screen.queryByRole("dialog", { name: "Roles of Anna Editor" })).toBeNull();
  });
});
