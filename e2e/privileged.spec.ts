// The Privileged view: who can change access on the iTwin and how — here someone who can manage roles
// only because a group they are in holds Project Manager; the Members page counts them too.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { membersPath } from "./support/members";
import { privilegedPath, privilegedRow, seededGroup } from "./support/itwin-admin";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test("the Privileged view names a member who can manage roles through a role held via a group", async ({ page, request }) => {
  const controls = emulator(request);
  const { roles } = await controls.actAsOk("admin", roleOperations.listRoles, { iTwinId: DEFAULT_ITWIN_ID });
  const manager = roles.find((r) => r.displayName === "Project Manager")!;
  const survey = seededGroup("Survey Crew");
  await controls.actAsOk(
    "admin",
    memberOperations.updateGroupMemberRoles,
    { iTwinId: DEFAULT_ITWIN_ID, groupId: survey.id },
    { body: { roleIds: [manager.id] } },
  );
  const person = survey.people[0]!;

  await signInAs(page, "manager", privilegedPath());
  await expect(page.getByRole("heading", { name: "Privileged access", level: 1 })).toBeVisible();
  const row = privilegedRow(page, person.email);
  await expect(row).toContainText("Group Survey Crew → Project Manager");
  await expect(row).toContainText("administration_manage_roles");
  await expect(privilegedRow(page, "Owner: full control")).not.toHaveCount(0);

  await page.goto(membersPath());
  await expect(page.getByTestId("privileged-count")).toContainText("can change access on this iTwin");
  await page.getByRole("link", { name: "See who and why" }).click();
  await expect(page.getByRole("heading", { name: "Privileged access", level: 1 })).toBeVisible();
});
