// An organization administrator looks after an iTwin's share links (anonymous read access): sees the
// active ones without their keys, revokes one after confirming, creates one with an explicit expiry.
// Anyone else is told why the links are not shown.
import { expect, test } from "@playwright/test";
import { SEEDED_SHARE_ID } from "../emulator/data/seed-shares";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { accessibilityViolations, membersPath, openTab } from "./support/members";
import { createShare, revokeFirstShare, shareOnServer, shareRows, sharesOnServer } from "./support/shares";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the organization administrator revokes a share link after confirming, and it is gone on the server", async ({ page, request }) => {
  const [seeded] = await sharesOnServer(request);
  await signInAs(page, "admin", membersPath());
  await openTab(page, "Share links");
  await expect(shareRows(page)).toHaveCount(1);
  // The key is a secret: only its last characters tell links apart.
  await expect(page.getByText(seeded!.shareKey)).toHaveCount(0);
  await expect(shareRows(page).first()).toContainText(seeded!.shareKey.slice(-4));
  expect(await accessibilityViolations(page)).toEqual([]);

  const cancelled = await revokeFirstShare(page, false);
  await expect(cancelled).toBeHidden();
  expect(await sharesOnServer(request)).toHaveLength(1);

  const dialog = await revokeFirstShare(page, true);
  await expect(dialog).toBeHidden();
  await expect(page.getByText("The share link was revoked.")).toBeVisible();
  await expect(shareRows(page)).toHaveCount(0);
  await expect(page.getByText("No active share links")).toBeVisible();
  const gone = await shareOnServer(request, SEEDED_SHARE_ID);
  expect([gone.status, (gone.body as { error?: { code?: string } }).error?.code]).toEqual([404, "ShareNotFound"]);
  expect(await sharesOnServer(request)).toHaveLength(0);
});

test("a share link is created with the expiry picked in the date field, and its key is shown once", async ({ page, request }) => {
  await signInAs(page, "admin", membersPath(undefined, "shares"));
  await expect(shareRows(page)).toHaveCount(1);
  const day = new Date(Date.now() + 10 * 86_400_000);
  const picked = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
  const dialog = await createShare(page, picked);
  await expect(dialog.getByTestId("share-created")).toBeVisible();

  const onServer = await sharesOnServer(request);
  expect(onServer).toHaveLength(2);
  const made = onServer.find((s) => s.id !== SEEDED_SHARE_ID)!;
  expect(made.expiration).toBe(new Date(day.getFullYear(), day.getMonth(), day.getDate()).toISOString());
  await expect(dialog.getByText(made.shareKey)).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(shareRows(page)).toHaveCount(2);
  await expect(page.getByText(made.shareKey)).toHaveCount(0);
});

test("the project manager is told that share links are for organization administrators", async ({ page }) => {
  await signInAs(page, "manager", membersPath(undefined, "shares"));
  await expect(page.getByTestId("shares-refused")).toContainText("Share links are managed by organization administrators");
  await expect(page.getByRole("button", { name: "Create share link" })).toHaveCount(0);
});
