// Role templates: an iTwin whose roles drifted from another's (a role deleted, a permission added to a
// role, a role of its own) is found, its drift report downloaded, and a plan brings it in line; after
// applying, the index is read again, the drift report is empty and the emulator holds the reference's roles.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { downloadText, itwinId, ORG_SMALL_ITWINS, waitForCompleteIndex } from "./support/organization";
import { changeRows, planStatus, pressButton, waitForPlanToFinish } from "./support/plans";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import type { EmulatorControls } from "../emulator/api/control-client";
import { roleId } from "../emulator/data/seed-builder";
import { ROLE } from "../emulator/data/role-templates";
import { ITWIN_TEMPLATES } from "../emulator/data/itwin-templates";

const REFERENCE = 2;
const TARGET = 3;

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

/** Each role of the iTwin as "name: permissions", sorted: what matching by name compares. */
async function rolesOf(controls: EmulatorControls, no: number): Promise<string[]> {
  const { roles } = await controls.actAsOk("admin", roleOperations.listRoles, { iTwinId: itwinId(no) });
  return roles.map((r) => `${r.displayName}: ${[...(r.permissions ?? [])].sort().join(" ")}`).sort();
}

const nameOf = (no: number): string => ITWIN_TEMPLATES[no - 1]!.displayName;

const driftSummary = (page: Page) => page.getByTestId("drift-summary");

test("an iTwin drifted from the template is shown, brought in line, and then holds the template's roles", async ({ page, request }) => {
  test.setTimeout(180_000);
  const controls = emulator(request);
  const reference = nameOf(REFERENCE);
  const target = nameOf(TARGET);
  // The target drifts: a role gone, a permission more on another, and a role of its own.
  await controls.actAsOk("admin", roleOperations.deleteRole, { iTwinId: itwinId(TARGET), roleId: roleId(TARGET, ROLE.safetyInspector) });
  const readAccess = (
    await controls.actAsOk("admin", roleOperations.getRole, { iTwinId: itwinId(TARGET), roleId: roleId(TARGET, ROLE.readAccess) })
  ).role;
  await controls.actAsOk(
    "admin",
    roleOperations.updateRole,
    { iTwinId: itwinId(TARGET), roleId: readAccess.id },
    { body: { permissions: [...(readAccess.permissions ?? []), "imodels_delete"] } },
  );
  await controls.actAsOk(
    "admin",
    roleOperations.createRole,
    { iTwinId: itwinId(TARGET) },
    { body: { displayName: "Site Visitor", description: "Visits the site", permissions: ["itwins_read"] } },
  );
  expect(await rolesOf(controls, TARGET)).not.toEqual(await rolesOf(controls, REFERENCE));

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await page.getByRole("tab", { name: "Role templates" }).click();
  await expect(page.getByText("Choose the reference roles")).toBeVisible();

  // From the keyboard: the reference by typing its name, the targets (all) by default.
  const referenceBox = page.getByRole("combobox", { name: "Reference roles" });
  await referenceBox.focus();
  await page.keyboard.type(reference);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(referenceBox).toHaveValue(reference);

  await expect(driftSummary(page)).toContainText(`1 iTwin of ${ORG_SMALL_ITWINS - 1} differs`);
  const table = page.getByRole("table", { name: "Role drift" });
  await expect(table.getByRole("row").filter({ hasText: "Safety Inspector" })).toContainText("Missing role");
  await expect(table.getByRole("row").filter({ hasText: "Read Access" })).toContainText("Different permissions");
  await expect(table.getByRole("row").filter({ hasText: "Read Access" })).toContainText("imodels_delete");
  await expect(table.getByRole("row").filter({ hasText: "Site Visitor" })).toContainText("Extra role");
  await expectNoSeriousA11yViolations(page, "the role drift table");

  const csv = await downloadText(page, () => page.getByRole("button", { name: "Export CSV (drift report)" }).click());
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("iTwin,iTwin id,Role,Difference,Missing permissions,Extra permissions,Holders");
  expect(lines.slice(1).map((l) => l.split(",").slice(1, 4).join(","))).toEqual([
    `${itwinId(TARGET)},Read Access,Different permissions`,
    `${itwinId(TARGET)},Safety Inspector,Missing role`,
    `${itwinId(TARGET)},Site Visitor,Extra role`,
  ]);
  const json = JSON.parse(
    await downloadText(page, () => page.getByRole("button", { name: "Export JSON (drift report)" }).click()),
  ) as Record<string, unknown>[];
  expect(json.find((r) => r.Role === "Read Access")).toMatchObject({ "Extra permissions": "imodels_delete", "Missing permissions": "" });

  // Narrowing the targets by name keeps the drifted iTwin; another name leaves nothing to bring in line.
  await page.getByRole("radio", { name: "Name contains" }).check();
  await page.getByLabel("iTwin name contains").fill(target.slice(0, 8));
  await expect(driftSummary(page)).toContainText(/^1 iTwin of \d+ differ/);
  await page.getByLabel("iTwin name contains").fill(nameOf(4));
  await expect(page.getByTestId("drift-empty")).toContainText("The target iTwin is in line with the roles of");
  await page.getByLabel("iTwin name contains").fill(reference);
  await expect(page.getByTestId("drift-empty")).toContainText("No iTwin besides the reference matches");
  await page.getByRole("radio", { name: "All" }).check();

  // The choice survives a reload.
  await page.reload();
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await page.getByRole("tab", { name: "Role templates" }).click();
  await expect(driftSummary(page)).toContainText(`1 iTwin of ${ORG_SMALL_ITWINS - 1} differs`);

  const since = (await controls.state()).lastRequestSeq;
  await pressButton(page, "Bring 1 iTwin in line…");
  await expect(page.getByRole("heading", { name: `Bring ${target} in line with the roles of ${reference}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Create role" })).toContainText("Safety Inspector");
  await expect(page.getByRole("row").filter({ hasText: "Change permissions of role Read Access" })).toContainText("imodels_delete");
  await expect(page.getByTestId("extra-roles-callout")).toContainText("1 extra role kept unless ticked");
  await expect(page.getByTestId("extra-roles-callout")).toContainText("they lose that access");
  const deleting = page.getByRole("checkbox", { name: /^Include: Delete role Site Visitor/ });
  await expect(deleting).not.toBeChecked();
  await expectNoSeriousA11yViolations(page, "the role template plan");
  expect((await controls.requests(since)).requests.filter((r) => r.method !== "GET")).toEqual([]);
  // The extra role goes only because it is ticked here.
  await deleting.focus();
  await page.keyboard.press("Space");
  await expect(deleting).toBeChecked();

  await pressButton(page, "Apply 3 changes");
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText("Finished: 3 of 3 done");
  await expect(changeRows(page, "succeeded")).toHaveCount(3);

  expect(await rolesOf(controls, TARGET)).toEqual(await rolesOf(controls, REFERENCE));

  // The index read the target again: nothing differs any more.
  await page.getByRole("tab", { name: "Role templates" }).click();
  await expect(page.getByTestId("drift-empty")).toContainText(`All ${ORG_SMALL_ITWINS - 1} target iTwins are in line with the roles of`, {
    timeout: 30_000,
  });
  await expectNoSeriousA11yViolations(page, "the empty drift report");
  const after = await downloadText(page, () => page.getByRole("button", { name: "Export CSV (drift report)" }).click());
  expect(after.trim().split(/\r?\n/)).toHaveLength(1);
});
