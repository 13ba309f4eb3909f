// Owners: the project manager, made an owner, adds another owner, who then shows in effective access
// as owner (full control); removing owners until one is left, the last one is refused with the
// server's reason beside the action.
import { expect, test } from "@playwright/test";
import { seedDemo } from "../emulator/data/seed-demo";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { membersPath } from "./support/members";
import { accessPath, pickMember } from "./support/access";
import { addOwner, ownerRow, startRemovingOwner } from "./support/itwin-admin";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
  // Only owners may add owners: the organization administrator makes the project manager one first.
  await emulator(request).actAsOk(
    "admin",
    memberOperations.addOwner,
    { iTwinId: DEFAULT_ITWIN_ID },
    { body: { email: demoUser("manager").email } },
  );
});

test("the project manager adds an owner, who appears in effective access as owner; the last owner cannot be removed", async ({ page }) => {
  const paul = demoUser("manager");
  const rita = demoUser("reader");
  await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "owners"));
  await expect(page.getByTestId("owners-total")).toContainText("2 owners");

  await addOwner(page, rita.email);
  await expect(ownerRow(page, rita.email)).toBeVisible();
  await expect(page.getByTestId("owners-total")).toContainText("3 owners");

  await page.goto(accessPath());
  await pickMember(page, `${rita.givenName} ${rita.surname}`);
  await expect(page.getByTestId("owner-access")).toContainText("Owner: full control");

  await page.goto(membersPath(DEFAULT_ITWIN_ID, "owners"));
  await expect(page.getByTestId("owner-row")).toHaveCount(3);
  // Remove everyone but the manager, then the manager: the server keeps the last owner.
  for (const email of [rita.email, seededOwnerEmail()]) {
    const dialog = await startRemovingOwner(page, email);
    await dialog.getByRole("button", { name: "Remove owner" }).click();
    await expect(dialog).toBeHidden();
    await expect(ownerRow(page, email)).toHaveCount(0);
  }
  const last = await startRemovingOwner(page, paul.email);
  await last.getByRole("button", { name: "Remove owner" }).click();
  await expect(last.getByTestId("removal-details")).toContainText("The last owner of an iTwin cannot be removed.");
  await expect(last.getByRole("button", { name: "Remove owner" })).toBeVisible();
});

/** The owner the demo data starts with. */
function seededOwnerEmail(): string {
  const store = seedDemo();
  return store.users.get(store.itwins.get(DEFAULT_ITWIN_ID)!.owners[0]!)!.email!;
}
