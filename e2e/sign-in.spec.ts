// Signing in and out through the real PKCE flow, deep links, and what a user without access sees.
import { expect, test, type ConsoleMessage, type Request } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { fillLoginForm, signInAs, signOut } from "./support/auth";
import { assertRolesPage, openRole } from "./support/console-pages";
import { resetEmulator } from "./support/emulator";
import { organizationList } from "./support/itwins";

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the organization administrator, a member of no iTwin, signs in, opens one of her organization's iTwins and sees its roles", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await organizationList(page)
    .getByRole("link", { name: /White River Bridge/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/itwins/${DEFAULT_ITWIN_ID}/roles$`));
  await assertRolesPage(page);
  await openRole(page, "iTwin Reader");
  await expect(page.getByText("Read-only access to the iTwin and its data").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /^administration|^imodels|^itwins/ }).first()).toBeVisible();
});

test("a wrong password shows the identity provider's error and keeps the e-mail", async ({ page }) => {
  const admin = demoUser("admin");
  await page.goto("/");
  await fillLoginForm(page, admin.email, "not-the-password");
  await expect(page.getByRole("alert")).toHaveText("Invalid email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);
});

test("a deep link to a Roles page survives sign-in", async ({ page }) => {
  const deepLink = `/itwins/${DEFAULT_ITWIN_ID}/roles`;
  await signInAs(page, "manager", deepLink);
  await expect(page).toHaveURL(new RegExp(`${deepLink}$`));
  await assertRolesPage(page);
});

test("signing out returns to the signed-out page", async ({ page }) => {
  await signInAs(page, "reader");
  await signOut(page);
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  // Signed out for real: the console asks for a password again.
  await page.getByRole("link", { name: "Sign in again" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a user with no access sees a clear message instead of a blank page", async ({ page }) => {
  await signInAs(page, "outsider");
  await expect(page.getByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeVisible();
  await page.goto(`/itwins/${DEFAULT_ITWIN_ID}/roles`);
  await expect(page.getByRole("heading", { name: "No access to this iTwin" })).toBeVisible();
});

test("no token is kept in localStorage, shown in a URL or written to the console", async ({ page }) => {
  const messages: string[] = [];
  const urls: string[] = [];
  page.on("console", (m: ConsoleMessage) => messages.push(m.text()));
  page.on("request", (r: Request) => urls.push(r.url()));
  page.on("framenavigated", (f) => urls.push(f.url()));
  await signInAs(page, "manager");
  await assertRolesPage(page);
  // The console did get a token and uses it (the roles came from the API)…
  const session = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  expect(session).toMatch(JWT);
  // …but it is nowhere else.
  const local = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  expect(local).not.toMatch(JWT);
  for (const u of urls) expect(u, u).not.toMatch(JWT);
  expect(page.url()).not.toMatch(/[?&#](code|access_token|id_token)=/);
  for (const m of messages) expect(m).not.toMatch(JWT);
});
