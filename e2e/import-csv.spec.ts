// The organization administrator imports access from a spreadsheet: the rows that cannot be imported are
// named with their numbers, the input survives a reload, and the good rows go as one Access Control job
// per iTwin — the address outside the organization invited through add-user-members.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { checkScreen, paintedTheme } from "./support/a11y";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import { itwinId, ORG_SMALL_ITWINS, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";
import { changeRows, openPlans, planStatus, pressButton, waitForPlanToFinish } from "./support/plans";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { roleId } from "../emulator/data/seed-builder";
import { ROLE } from "../emulator/data/role-templates";

const GUEST = "new.partner@contractor.example";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, "org-small");
  await emulator(request).clearSettings();
});

test("a spreadsheet's good rows are applied as one job per iTwin, the bad ones named by row, the outsider invited", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const controls = emulator(request);
  const quinn = THREE_ROUTE_PERSON;
  // Someone of the organization who is a member of the 3rd iTwin and not of the 8th.
  const third = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId: itwinId(3) }, { query: { $top: 100 } });
  const eighth = await controls.actAsOk("admin", memberOperations.listUserMembers, { iTwinId: itwinId(8) }, { query: { $top: 100 } });
  const other = third.members.find((m) => m.email && m.id !== quinn.id && !eighth.members.some((e) => e.id === m.id))!;
  const csv = [
    "E-mail,iTwin,Role",
    `${quinn.email},Cedar Creek Interchange,iTwin Contributor`, // 2: a role added to Quinn's Reader
    `${quinn.email},Cedar Creek Interchange,iTwin Reader`, // 3: held already
    `${quinn.email},Mill Pipeline 5,Surveyor`, // 4: a new member
    `${quinn.email},White River Bridge,Chief Wizard`, // 5: no such role
    `${other.email},${itwinId(8)},Read Access`, // 6: by the iTwin's id
    `${GUEST},Harbor Viaduct 8,iTwin Reader`, // 7: outside the organization
    `${quinn.email},Atlantis Tunnel,iTwin Reader`, // 8: no such iTwin
    "not-an-address,Mill Pipeline 5,iTwin Reader", // 9: malformed
  ].join("\r\n");

  await signInAs(page, "admin", "/organization");
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openPlans(page);
  await pressButton(page, "Import from a spreadsheet…");
  // The file is chosen from the keyboard: Enter on "Choose a file…" opens the browser's file chooser.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), pressButton(page, "Choose a file…")]);
  await chooser.setFiles({ name: "access.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

  const problems = page.getByRole("table", { name: "Rows not imported" });
  await expect(page.getByTestId("import-problems")).toHaveText("3 rows not imported");
  await expect(problems.getByRole("row")).toHaveCount(4);
  await expect(problems.getByRole("row").nth(1)).toContainText(/^5Chief WizardWhite River Bridge has no role of this name/);
  await expect(problems.getByRole("row").nth(2)).toContainText(/^8Atlantis TunnelNo iTwin of the organization has this id or name/);
  await expect(problems.getByRole("row").nth(3)).toContainText(/^9not-an-addressNot an e-mail address/);
  await expect(page.getByRole("list", { name: "Rows with nothing to do" })).toContainText(
    `Row 3: ${quinn.email} already holds iTwin Reader`,
  );
  await expect(page.getByTestId("import-invited")).toContainText(`${GUEST}: Harbor Viaduct 8`);
  await expect(page.getByRole("heading", { name: "Import from access.csv" })).toBeVisible();
  const changes = page.getByRole("table", { name: /^Changes on / });
  await expect(changes).toHaveCount(3);
  await expect(page.getByRole("row").filter({ hasText: "Add roles" })).toContainText("iTwin Contributor");
  await expect(page.getByRole("row").filter({ hasText: GUEST })).toContainText("Invite (not in the organization)");
  await checkScreen(page, "light", "organization-import-review");
  // Checked once the dark theme is painted and its colour transitions have ended (checkScreen waits them out).
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => paintedTheme(page)).toBe("dark");
  await checkScreen(page, "dark", "organization-import-review");
  await page.emulateMedia({ colorScheme: "light" });

  // The rows are kept with the plan: a reload shows them, and the plan made of them, again.
  await page.reload();
  await waitForCompleteIndex(page, ORG_SMALL_ITWINS);
  await openPlans(page);
  await expect(page.getByLabel("Rows: e-mail, iTwin, role")).toHaveValue(csv.replace(/\r\n/g, "\n"));
  await expect(page.getByTestId("import-problems")).toHaveText("3 rows not imported");

  const since = (await controls.state()).lastRequestSeq;
  await pressButton(page, /^Apply 4 changes$/);
  await waitForPlanToFinish(page);
  await expect(planStatus(page)).toContainText(/^Finished: 4 of 4 done/);
  await expect(changeRows(page, "succeeded")).toHaveCount(4);
  await expect(page.getByRole("row").filter({ hasText: GUEST })).toContainText("Done (invited)");
  await expectNoSeriousA11yViolations(page, "the import results");

  // One job per iTwin for the people of the organization, no request per member; one add-user-members for the outsider.
  const writes = (await controls.requests(since)).requests.filter((r) => r.method !== "GET");
  const path = (url: string) => new URL(url, "https://x").pathname.replace(/^.*\/accesscontrol\/itwins\//, "");
  expect(writes.map((r) => `${r.method} ${path(r.url)}`).sort()).toEqual(
    [`POST ${itwinId(2)}/jobs`, `POST ${itwinId(5)}/jobs`, `POST ${itwinId(8)}/jobs`, `POST ${itwinId(8)}/members/users`].sort(),
  );

  const member = async (no: number, id: string) =>
    (await controls.actAsOk("admin", memberOperations.getUserMember, { iTwinId: itwinId(no), memberId: id })).member.roles
      .map((r) => r.id)
      .sort();
  expect(await member(2, quinn.id)).toEqual([roleId(2, ROLE.reader), roleId(2, ROLE.contributor)].sort());
  expect(await member(5, quinn.id)).toEqual([roleId(5, ROLE.surveyor)]);
  expect(await member(8, other.id)).toEqual([roleId(8, ROLE.readAccess)]);
  const invitations = await controls.actAsOk("admin", memberOperations.listInvitations, { iTwinId: itwinId(8) }, { query: { $top: 100 } });
  expect(invitations.invitations.find((i) => i.email === GUEST)?.roles?.map((r) => r.id)).toEqual([roleId(8, ROLE.reader)]);
  // Nothing was sent for the bad rows.
  expect(await controls.actAs("admin", memberOperations.getUserMember, { iTwinId: itwinId(1), memberId: quinn.id })).toMatchObject({
    status: 404,
  });
});
