// Signing in through the local identity provider's real login and consent pages.
import { expect, type Page } from "@playwright/test";
import { demoUser, type DemoUserKey } from "../../emulator/demo-users";

export async function fillLoginForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens `path` (default the start page) and signs in as a demo user, consenting if asked. */
export async function signInAs(page: Page, who: DemoUserKey, path = "/") {
  const user = demoUser(who);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await fillLoginForm(page, user.email, user.password);
  const allow = page.getByRole("button", { name: "Allow" });
  const shell = page.getByTestId("user-menu-button");
  await expect(allow.or(shell)).toBeVisible();
  if (await allow.isVisible()) await allow.click();
  await expect(shell).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId("user-menu-button").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  const confirm = page.getByRole("button", { name: "Yes, sign me out" });
  await confirm.click();
}
