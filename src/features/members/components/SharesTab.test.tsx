import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { MembersPage } from "./MembersPage";
import { AC, permissionsHandler } from "./members-test-data";

installMswServer();

const KEY = "c2VjcmV0LXNoYXJlLWtleS1ub3QtdG8tYmUtc2hvd24";
const SHARE = {
  iTwinId: TEST_ITWIN_ID,
  id: "s1",
  shareContract: "Default",
  expiration: new Date(Date.now() + 5 * 86_400_000).toISOString(),
  shareKey: KEY,
};
const openShares = () => renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members?tab=shares` });
const sharesHandler = (shares: unknown[]) => http.get(`${AC}/shares`, () => HttpResponse.json({ shares }));

describe("Share links tab", () => {
  it("lists active links by expiry, hinting at each key by its last characters only", async () => {
    server.use(permissionsHandler(), sharesHandler([SHARE]));
    openShares();
    expect(await screen.findByTestId("shares-total")).toHaveTextContent("1 active share link");
    const row = screen.getByTestId("share-row");
    expect(row).toHaveTextContent("…vd24");
    expect(row).toHaveTextContent("in 4 days");
    expect(document.body).not.toHaveTextContent(KEY);
  });

  it("explains a 403 as share links being for organization administrators, offering no action", async () => {
    server.use(
      permissionsHandler(),
      http.get(`${AC}/shares`, () =>
        HttpResponse.json(
          { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
          { status: 403 },
        ),
      ),
    );
    openShares();
    expect(await screen.findByTestId("shares-refused")).toHaveTextContent("Share links are managed by organization administrators");
    expect(screen.queryByRole("button", { name: "Create share link" })).not.toBeInTheDocument();
  });

  it("reports a revoke the server refused inside the confirmation, and keeps the link", async () => {
    server.use(
      permissionsHandler(),
      sharesHandler([SHARE]),
      http.delete(`${AC}/shares/:shareId`, () =>
        HttpResponse.json({ error: { code: "InternalServerError", message: "Boom." } }, { status: 500 }),
      ),
    );
    openShares();
    await userEvent.click(await screen.findByRole("button", { name: /^Revoke the share link/ }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke share link?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke link" }));
    expect(await within(dialog).findByText(/Revoking the share link failed/)).toBeInTheDocument();
    expect(screen.queryByText("The share link was revoked.")).not.toBeInTheDocument();
    expect(screen.getByTestId("share-row")).toBeInTheDocument();
  });

  it("treats a link already gone (404 ShareNotFound) as revoked, and says so", async () => {
    let shares = [SHARE];
    server.use(
      permissionsHandler(),
      http.get(`${AC}/shares`, () => HttpResponse.json({ shares })),
      http.delete(`${AC}/shares/:shareId`, () => {
        shares = [];
        return HttpResponse.json({ error: { code: "ShareNotFound", message: "Requested share is not available." } }, { status: 404 });
      }),
    );
    openShares();
    await userEvent.click(await screen.findByRole("button", { name: /^Revoke the share link/ }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke share link?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke link" }));
    expect(await screen.findByText(/already revoked or had expired/)).toBeInTheDocument();
    expect(await screen.findByText(/No active share links/)).toBeInTheDocument();
  });

  it("shows the server's 422 on the expiry under the date field", async () => {
    server.use(
      permissionsHandler(),
      sharesHandler([]),
      http.post(`${AC}/shares`, () =>
        HttpResponse.json(
          {
            error: {
              code: "InvalidiTwinsShareRequest",
              message: "Request body or query is invalid.",
              details: [{ code: "InvalidValue", message: "Expiration must be at most 90 days ahead.", target: "expiration" }],
            },
          },
          { status: 422 },
        ),
      ),
    );
    openShares();
    await userEvent.click(await screen.findByRole("button", { name: "Create share link" }));
    const dialog = await screen.findByRole("dialog", { name: "Create share link" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Create link" }));
    expect(await within(dialog).findByText("Expiration must be at most 90 days ahead.")).toHaveAttribute("id", "expiration-helper");
  });
});
