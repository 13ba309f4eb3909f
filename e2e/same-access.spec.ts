// The organization administrator gives one person another's access (a direct role and a group), and
// copies one iTwin's members to another: each reviewed, applied, and then held by the emulator.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { findPerson, itwinId, openView, orgSmallName, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";
import { accessLeft, changeRows, openPlans, planStatus, pressButton, waitForPlanToFinish } from "./support/plans";
import { memberOperations } from "../src/api/operations/accesscontrol-members";

const QUINN = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

const membersOf = async (controls: ReturnType<typeof emulator>, no: number) =>
  (await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId: itwinId(no) }, { query: { $top: 100 } })).members;

test("a person gets another's direct role and group on that person's iTwins, the ownership left unchosen", async ({ page, request }) => {
  test.setTimeout(180_000);
  const controls = emulator(request);
  // Someone of the index who is on neither of Quinn's iTwins.
  const onTwo = new Set((await membersOf(controls, 2)).map((m) => m.id));
  const onThree = new Set((await membersOf(controls, 3)).map((m) => m.id));
  const ann = (await membersOf(controls, 8)).find((m) => m.email && m.givenName && !onTwo.has(m.id) && !onThree.has(m.id))!;
  const before = await accessLeft(controls, itwinId(3), ann.id);

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "People");
  await findPerson(page, "threeways", QUINN);
  await pressButton(page, "Give someone the same access…");
  const dialog = page.getByRole("dialog", { name: `Give someone the same access as ${QUINN}` });
  await dialog.getByLabel("Give access to (name or e-mail)").fill(ann.email!);
  await dialog.getByRole("list", { name: "People to give access to" }).getByRole("button").first().click();
  await expect(dialog.getByTestId("same-access-recipient")).toContainText(`${ann.givenName} ${ann.surname}`);
  await expect(dialog.getByRole("checkbox")).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, "the same-access dialog");
  const since = (await controls.state()).lastRequestSeq;
  await dialog.getByRole("button", { name: "Make plan" }).click();

  await expect(page.getByRole("heading", { name: `Give ${ann.givenName} ${ann.surname} the same access as ${QUINN}` })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Changes on / })).toHaveCount(3);
  await expect(page.getByRole("row").filter({ hasText: "Add member" })).toContainText("imodels_read");
  await expect(page.getByRole("row").filter({ hasText: "Add to group" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Add owner" })).toContainText("Kept");
  await expect(page.getByRole("columnheader", { name: "Roles it gives" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the same-access review");
  expect((await controls.requests(since)).requests.filter((r) => r.method !== "GET")).toEqual([]);

  await pressButton(page, "Apply 2 changes");
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: 2 of 2 done, 1 kept/);
  await expect(changeRows(page, "succeeded")).toHaveCount(2);

  const reader = (await membersOf(controls, 2)).find((m) => m.id === ann.id);
  expect(reader?.roles.map((r) => r.displayName)).toEqual(
    (await membersOf(controls, 2)).find((m) => m.id === THREE_ROUTE_PERSON.id)?.roles.map((r) => r.displayName),
  );
  const quinnGroups = (await accessLeft(controls, itwinId(3), THREE_ROUTE_PERSON.id)).groups;
  expect(quinnGroups.length).toBeGreaterThan(0);
  const annGroups = (await accessLeft(controls, itwinId(3), ann.id)).groups;
  for (const g of quinnGroups) expect(before.groups).not.toContain(g);
  expect(annGroups).toEqual(expect.arrayContaining(quinnGroups));
  expect((await accessLeft(controls, itwinId(4), ann.id)).owner).toBe(false);
  // The user changes went as one Access Control job per iTwin.
  const jobs = (await controls.requests(since)).requests.filter((r) => r.method === "POST" && /\/jobs(\?|$)/.test(r.url));
  expect(jobs).toHaveLength(1);
});

test("copying an iTwin's members from its row adds each to the other iTwin with the roles of the same name", async ({ page, request }) => {
  test.setTimeout(180_000);
  const controls = emulator(request);
  const [from, to] = [5, 9];
  // The seed is deterministic: its names are the emulator's.
  const [fromName, toName] = [orgSmallName(from), orgSmallName(to)];

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "iTwins");
  await page.getByLabel("Filter iTwins (name, number, flag)").fill(fromName);
  await pressButton(page, `Copy members of ${fromName}`);
  const dialog = page.getByRole("dialog", { name: "Copy members to another iTwin" });
  await expect(dialog.getByLabel("Copy the members of")).toHaveValue(itwinId(from));
  await dialog.getByLabel("To").selectOption(itwinId(to));
  await expectNoSeriousA11yViolations(page, "the copy-members dialog");
  await dialog.getByRole("button", { name: "Make plan" }).click();

  await expect(page.getByRole("heading", { name: `Copy the members of ${fromName} to ${toName}` })).toBeVisible();
  // The source's own groups cannot be members elsewhere: said, not proposed.
  await expect(page.getByTestId("plan-notes")).toContainText("only the Account iTwin's groups can be members of another iTwin");
  await expectNoSeriousA11yViolations(page, "the copy-members review");
  await pressButton(page, /^Apply \d+ changes?$/);
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: (\d+) of \1 done$/);

  const target = new Map((await membersOf(controls, to)).map((m) => [m.id, new Set(m.roles.map((r) => r.displayName))]));
  const source = (await membersOf(controls, from)).filter((m) => m.email);
  expect(source.length).toBeGreaterThan(0);
  for (const m of source) for (const r of m.roles) expect(target.get(m.id)?.has(r.displayName), `${m.email} ${r.displayName}`).toBe(true);
});

test("what is typed and picked in the same-access and copy-members dialogs survives a reload, until the dialog is closed", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const fromName = orgSmallName(5);
  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page);
  await openView(page, "People");
  await findPerson(page, "threeways", QUINN);
  await pressButton(page, "Give someone the same access…");
  const sameAccess = page.getByRole("dialog", { name: `Give someone the same access as ${QUINN}` });
  await sameAccess.getByLabel("Give access to (name or e-mail)").fill("new.hire@");
  await expect(sameAccess.getByRole("checkbox")).toHaveCount(3);
  const firstITwin = sameAccess.getByRole("checkbox").first();
  await firstITwin.uncheck();
  await expect(sameAccess.getByText(/\(2 of 3\)/)).toBeVisible();

  await page.reload();
  await expect(sameAccess).toBeVisible({ timeout: 60_000 });
  await expect(sameAccess.getByLabel("Give access to (name or e-mail)")).toHaveValue("new.hire@");
  await expect(sameAccess.getByText(/\(2 of 3\)/)).toBeVisible();
  await expect(sameAccess.getByRole("checkbox").first()).not.toBeChecked();
  await sameAccess.getByRole("button", { name: "Cancel" }).click();
  await expect(sameAccess).toBeHidden();

  // Closed, it stays closed; the copy-members dialog is kept the same way.
  await page.reload();
  await waitForCompleteIndex(page);
  await openPlans(page);
  await pressButton(page, "Copy one iTwin's members…");
  const copy = page.getByRole("dialog", { name: "Copy members to another iTwin" });
  await copy.getByLabel("Copy the members of").selectOption(itwinId(5));
  await copy.getByLabel("To").selectOption(itwinId(9));
  await page.reload();
  await expect(copy).toBeVisible({ timeout: 60_000 });
  await expect(copy.getByLabel("Copy the members of")).toHaveValue(itwinId(5));
  await expect(copy.getByLabel("To")).toHaveValue(itwinId(9));
  await expect(sameAccess).toBeHidden();
  await copy.getByRole("button", { name: "Make plan" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Copy the members of ${fromName} to `) })).toBeVisible();
  await page.reload();
  await waitForCompleteIndex(page);
  await expect(copy).toBeHidden();
});
