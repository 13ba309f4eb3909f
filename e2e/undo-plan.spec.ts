// An administrator offboards a person who holds a direct role, a group membership and an ownership,
// then takes it all back through "Undo this plan": the inverse plan is reviewed and applied like any
// other, and the emulator holds exactly what it held before. The change log lists every applied change.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { findPerson, itwinId, ORG_SMALL_ITWINS, openView, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";
import { accessLeft, planStatus, pressButton, waitForPlanToFinish } from "./support/plans";
import { changeEntries, openChanges } from "./support/resilience";
import { groupOperations } from "../src/api/operations/accesscontrol-groups";
import { memberOperations } from "../src/api/operations/accesscontrol-members";

const QUINN = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;

/** Every iTwin's members with their roles, owners and groups with their people, as the emulator holds them. */
async function accessEverywhere(request: APIRequestContext) {
  const controls = emulator(request);
  const all: unknown[] = [];
  for (let no = 1; no <= ORG_SMALL_ITWINS; no++) {
    const iTwinId = itwinId(no);
    const top = { query: { $top: 100 } };
    const users = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId }, top);
    const owners = await controls.actAsOk("admin", memberOperations.listOwners, { iTwinId }, top);
    const groups = await controls.actAsOk("admin", groupOperations.listGroups, { iTwinId }, top);
    const groupMembers = await controls.actAsOk("admin", memberOperations.listGroupMembers, { iTwinId }, top);
    all.push({
      no,
      users: users.members.map((m) => [m.id, m.roles.map((r) => r.id).sort()]).sort(),
      owners: owners.members.map((o) => o.id).sort(),
      groups: groups.groups.map((g) => [g.id, g.members.map((m) => m.userId ?? m.id).sort()]).sort(),
      groupMembers: groupMembers.members.map((g) => [g.id, g.roles.map((r) => r.id).sort()]).sort(),
    });
  }
  return all;
}

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

test("undoing an offboarding through its inverse plan puts every access back as it was, and the change log lists what was applied", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const controls = emulator(request);
  const quinn = THREE_ROUTE_PERSON;
  // Quinn owns iTwin 4 beside someone else, so the ownership is part of the plan (not kept as the only one).
  const fourth = await controls.actAsOk("admin", memberOperations.listOwners, { iTwinId: itwinId(4) }, { query: { $top: 100 } });
  if (fourth.members.length < 2) {
    const users = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId: itwinId(4) }, { query: { $top: 100 } });
    const other = users.members.find((m) => m.id !== quinn.id && m.email)!;
    await controls.actAsOk("admin", memberOperations.addOwner, { iTwinId: itwinId(4) }, { body: { email: other.email! } });
  }
  const before = await accessEverywhere(request);
  expect(await accessLeft(controls, itwinId(2), quinn.id)).toMatchObject({ member: true });
  expect(await accessLeft(controls, itwinId(3), quinn.id)).toMatchObject({ groups: [expect.any(String)] });
  expect(await accessLeft(controls, itwinId(4), quinn.id)).toMatchObject({ owner: true });

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openView(page, "People");
  await findPerson(page, "threeways", QUINN);
  await pressButton(page, "Offboard…");
  await expect(page.getByRole("heading", { name: `Offboard ${QUINN}` })).toBeVisible();
  await pressButton(page, /^Apply \d+ changes?$/);
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: (\d+) of \1 done/);
  for (let no = 1; no <= ORG_SMALL_ITWINS; no++)
    expect(await accessLeft(controls, itwinId(no), quinn.id), `iTwin ${no}`).toEqual({ member: false, owner: false, groups: [] });

  // Undo: the inverse plan, reviewed first — nothing is sent until it is applied.
  const since = (await controls.state()).lastRequestSeq;
  await pressButton(page, "Undo this plan");
  await expect(page.getByRole("heading", { name: `Undo: Offboard ${QUINN}` })).toBeVisible();
  await expect(page.getByTestId("undoes")).toContainText(`Offboard ${QUINN}`);
  await expect(page.getByRole("row").filter({ hasText: "Add member" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Add to group" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Add owner" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, "the inverse plan's review");
  expect((await controls.requests(since)).requests.filter((r) => r.method !== "GET")).toEqual([]);
  await pressButton(page, /^Apply \d+ changes?$/);
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: (\d+) of \1 done/);

  expect(await accessEverywhere(request)).toEqual(before);

  // The change log lists each applied change, the offboarding's and the undo's, as saved.
  const panel = await openChanges(page);
  for (const summary of [
    "Plan: Remove member",
    "Plan: Remove from group",
    "Plan: Remove owner",
    "Plan: Add member",
    "Plan: Add to group",
    "Plan: Add owner",
  ]) {
    const entry = changeEntries(panel).filter({ hasText: summary }).first();
    await expect(entry, summary).toHaveAttribute("data-status", "saved");
  }
});
