// 300-character names on the pages the names spec does not cover: an owner's, an invitation's (the
// invitee's and the inviter's e-mail, the role it grants), a privileged person's, and an iTwin's and a
// person's on the Organization page. Each table stays inside its box with its actions in view, and the
// whole name can be read: wrapped on the page, or cut with the full name on hover and focus.
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { membersPath } from "./support/members";
import { ownerRow, privilegedPath, privilegedRow } from "./support/itwin-admin";
import { assertFitsItsBox, assertFullNameOnFocus, assertFullNameOnHover, renderedText, shownName } from "./support/names";
import { createRoleAs } from "./support/roles";
import { findPerson, openView, waitForCompleteIndex } from "./support/organization";

/** 300 characters of words, as a long name from another tool may be. */
const long = (start: string, length = 300) =>
  `${start} ${"Infrastructure Programme Delivery and Asset Coordination ".repeat(6)}`.slice(0, length - 1) + "X";
const LONG_GIVEN = long("Maximiliana", 150);
const LONG_SURNAME = long("Vandenberghe", 149);
const LONG_PERSON = `${LONG_GIVEN} ${LONG_SURNAME}`;
/** An address with no spaces at all: it must still break rather than push its column out. */
const LONG_EMAIL = `${"very.long.local.part.".repeat(14)}x@example.com`.slice(-300);

/** The iTwins table cuts a name at 320 px; with the cell's padding its column is no wider than this. */
const NAME_COLUMN_AT_MOST = 320 + 2 * 16 + 1;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

async function assertInView(page: Page, action: ReturnType<Page["getByRole"]>) {
  await action.scrollIntoViewIfNeeded();
  await expect(action).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("an owner with a 300-character name wraps in the Owners table, which stays inside its box with Remove in view", async ({
  page,
  request,
}) => {
  expect(LONG_PERSON).toHaveLength(300);
  const rita = demoUser("reader");
  const controls = emulator(request);
  await controls.actAsOk("admin", memberOperations.addOwner, { iTwinId: DEFAULT_ITWIN_ID }, { body: { email: rita.email } });
  await controls.renameUser("reader", { givenName: LONG_GIVEN, surname: LONG_SURNAME, organization: long("Riverbend") });

  await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "owners"));
  const row = ownerRow(page, rita.email);
  await expect(row).toBeVisible();
  await assertFitsItsBox(page.getByRole("table", { name: "Owners" }));
  // Wrapped, not cut: the whole name is on the page.
  expect(await renderedText(shownName(row, LONG_GIVEN.slice(0, 30)).first())).toBe(LONG_PERSON);
  await assertInView(page, row.getByRole("button", { name: `Remove ${rita.email} as owner` }));
});

test("an invitation with 300-character e-mails and a 300-character role stays inside the Invitations table, every part readable, Cancel in view", async ({
  page,
  request,
}) => {
  expect(LONG_EMAIL).toHaveLength(300);
  const controls = emulator(request);
  const longRole = long("Regional");
  expect(longRole).toHaveLength(300);
  const roleId = await createRoleAs(request, DEFAULT_ITWIN_ID, longRole, "A very long name");
  const invitee = "outside.consultant@elsewhere.example";
  await controls.actAsOk(
    "admin",
    memberOperations.addUserMembers,
    { iTwinId: DEFAULT_ITWIN_ID },
    { body: { members: [{ email: invitee, roleIds: [roleId] }] } },
  );
  await controls.renameInvitation(DEFAULT_ITWIN_ID, invitee, { newEmail: LONG_EMAIL, invitedByEmail: `z${LONG_EMAIL.slice(1)}` });

  await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID, "invitations"));
  const table = page.getByRole("table", { name: /invitations/i }).first();
  const row = table.getByRole("row").filter({ hasText: LONG_EMAIL.slice(0, 40) });
  await expect(row).toBeVisible();
  await assertFitsItsBox(table);
  expect(await renderedText(shownName(row, LONG_EMAIL.slice(0, 40)).first())).toBe(LONG_EMAIL);
  // The role's chip is cut to its cell and tells the whole name on focus.
  await assertFullNameOnFocus(page, shownName(row, longRole.slice(0, 20)).first(), longRole);
  await assertFullNameOnHover(page, shownName(row, longRole.slice(0, 20)).first(), longRole);
  await assertInView(page, row.getByRole("button", { name: /^Cancel/ }));
});

test("a person with a 300-character name who can change access wraps in the Privileged access table, which stays inside its box", async ({
  page,
  request,
}) => {
  const paul = demoUser("manager");
  await emulator(request).renameUser("manager", { givenName: LONG_GIVEN, surname: LONG_SURNAME });

  await signInAs(page, "admin", privilegedPath());
  await expect(page.getByRole("heading", { name: "Privileged access", level: 1 })).toBeVisible();
  const row = privilegedRow(page, paul.email);
  await expect(row).toBeVisible();
  await assertFitsItsBox(page.getByRole("table", { name: "People who can change access" }));
  expect(await renderedText(shownName(row, LONG_GIVEN.slice(0, 30)).first())).toBe(LONG_PERSON);
  await row.getByText("administration_", { exact: false }).first().scrollIntoViewIfNeeded();
  await expect(row.getByText("administration_", { exact: false }).first()).toBeInViewport();
});

test("on the Organization page a 300-character iTwin name is cut to its column in the iTwins table, adding no width, and reads in full on hover and focus; a 300-character person's name wraps in People", async ({
  page,
  request,
}) => {
  await resetEmulator(request, "org-small");
  const controls = emulator(request);
  const longITwin = long("White River Bridge");
  expect(longITwin).toHaveLength(300);
  await controls.renameITwin(DEFAULT_ITWIN_ID, longITwin);
  await controls.renameUser("reader", { givenName: LONG_GIVEN, surname: LONG_SURNAME });

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "iTwins");
  const table = page.getByRole("table", { name: "iTwins of the organization" });
  const name = shownName(table, longITwin.slice(0, 30)).first();
  await expect(name).toBeVisible();
  // This table of twelve columns scrolls sideways inside its own box whatever the names; the long name
  // must not add to that: it is cut to its column's width, and the page itself never scrolls sideways.
  await expect(name).toHaveAttribute("data-cut", "true");
  const cell = table.getByRole("cell").filter({ has: shownName(page, longITwin.slice(0, 30)) });
  expect((await cell.boundingBox())!.width).toBeLessThanOrEqual(NAME_COLUMN_AT_MOST);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await assertFullNameOnFocus(page, name, longITwin);
  await assertFullNameOnHover(page, name, longITwin);
  const row = table.getByRole("row").filter({ has: shownName(page, longITwin.slice(0, 30)) });
  await assertInView(page, row.getByRole("button", { name: /^Refresh/ }));

  await openView(page, "People");
  const access = await findPerson(page, "rita.reader", LONG_GIVEN.slice(0, 30));
  await expect(access).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await renderedText(shownName(page.getByRole("heading", { level: 3 }), LONG_GIVEN.slice(0, 30)).first())).toBe(LONG_PERSON);
});
