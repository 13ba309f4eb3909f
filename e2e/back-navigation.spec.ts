// Going Back from the console's first page after signing in lands on the console again (or on a page
// with a way forward) — never on a spent sign-in form that says the session expired.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs, signOut } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { assertMatrixShown, rolesPath } from "./support/roles";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("Back from the first console page after signing in returns to the console, signed in, not to a dead sign-in page", async ({
  page,
}) => {
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);

  await page.goBack();
  await expect(page.getByText("Sign-in session expired or invalid")).toHaveCount(0);
  await expect(page.getByTestId("user-menu-button")).toBeVisible();
  await expect(page.getByText(/Sign-in could not complete/)).toHaveCount(0);
  await expect(page).toHaveURL(/\/itwins\//);

  // Back once more, and again: still somewhere with a way on, never an error page.
  await page.goBack();
  await expect(page.getByText("Sign-in session expired or invalid")).toHaveCount(0);
  await expect(page.getByTestId("user-menu-button").or(page.getByRole("heading", { name: "Sign in" }))).toBeVisible();
});

test("Back after signing out lands on the signed-out page or the sign-in form, with a way forward, never on the console's data or a dead sign-in page", async ({
  page,
}) => {
  await signInAs(page, "manager", rolesPath(DEFAULT_ITWIN_ID));
  await assertMatrixShown(page);
  await signOut(page);
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();

  const wayForward = page
    .getByRole("heading", { name: "You are signed out" })
    .or(page.getByRole("heading", { name: "Sign in" }))
    .or(page.getByRole("button", { name: "Sign in" }));
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(page.getByText("Sign-in session expired or invalid")).toHaveCount(0);
    await expect(page.getByText(/Sign-in could not complete/)).toHaveCount(0);
    // Signed out means signed out: Back does not show the roles again as if nothing happened.
    await expect(page.getByTestId("user-menu-button")).toHaveCount(0);
    await expect(wayForward.first()).toBeVisible();
  }

  // The way forward works: signing in again from where Back left us reaches the console.
  const signIn = page.getByRole("heading", { name: "Sign in" });
  if (!(await signIn.isVisible())) {
    const again = page.getByRole("link", { name: "Sign in again" }).or(page.getByRole("button", { name: "Sign in again" }));
    await again.first().click();
  }
  await expect(signIn).toBeVisible();
});
