// Accessibility on every page and dialog, in light and in dark: axe finds nothing serious or critical,
// and a screenshot of each is kept in e2e-artifacts/screenshots/<theme>/ for a person to review.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import { checkScreen, dialogNamed, paintedTheme, THEMES } from "./support/a11y";
import { fillLoginForm, signInAs, signOut } from "./support/auth";
import { emulator, failNext, resetEmulator } from "./support/emulator";
import { membersPath, openRoleEditor, openTab, searchMembers, SEED_PATCH_422 } from "./support/members";
import { assignmentCheckbox, assertPackagesPage, packagesPath } from "./support/packages";
import { assertMatrixShown, filterMatrix, rolesPath, toggleCell } from "./support/roles";
import { accessPath } from "./support/access";
import { assertNotMemberOfAny, openPicker, organizationList, showITwins } from "./support/itwins";
import { crawlStatus, findPerson, itwinId, openView, orgSmallName, THREE_ROUTE_PERSON, waitForCompleteIndex } from "./support/organization";
import {
  addOwner,
  groupEditor,
  groupRow,
  groupsPath,
  membersBox,
  overviewTable,
  packagesOverviewPath,
  privilegedPath,
  seededEmails,
  startRemovingOwner,
} from "./support/itwin-admin";
import { openReviews, reviewLines, startReview } from "./support/reviews";
import { memberOperations } from "../src/api/operations/accesscontrol-members";
import { roleOperations } from "../src/api/operations/accesscontrol-roles";
import { SEED_ASSIGNMENT_422 } from "../src/test/seed-errors";

// Each test signs in and resets on its own, so the file's tests spread over both workers (it is the longest file).
test.describe.configure({ mode: "parallel" });

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`sign-in, consent, start and no-access pages have no serious findings (${theme})`, async ({ page }) => {
      const outsider = demoUser("outsider");
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      await checkScreen(page, theme, "01-sign-in");
      await fillLoginForm(page, outsider.email, "wrong-password");
      await expect(page.getByRole("alert")).toBeVisible();
      await checkScreen(page, theme, "02-sign-in-error");
      await fillLoginForm(page, outsider.email, outsider.password);
      await expect(page.getByRole("heading", { name: "Allow access?" })).toBeVisible();
      await checkScreen(page, theme, "03-consent");
      await page.getByRole("button", { name: "Allow" }).click();
      await expect(page.getByRole("heading", { name: "You are not a member of any iTwin yet" })).toBeVisible();
      expect(await paintedTheme(page)).toBe(theme);
      await expect(page).toHaveTitle("Start · iTwin Access Console");
      await checkScreen(page, theme, "04-start-no-itwins");
      await page.goto(rolesPath(DEFAULT_ITWIN_ID));
      await expect(page.getByRole("heading", { name: "No access to this iTwin" })).toBeVisible();
      await checkScreen(page, theme, "05-no-access");
      await page.goto("/no/such/page");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page).toHaveTitle("Page not found · iTwin Access Console");
      await checkScreen(page, theme, "06-not-found");
      await signOut(page);
      await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
      await expect(page).toHaveTitle("Signed out · iTwin Access Console");
      await checkScreen(page, theme, "07-signed-out");
    });

    test(`the organization administrator's start page and iTwin choice have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "admin");
      await assertNotMemberOfAny(page);
      await expect(organizationList(page).getByRole("link", { name: /White River Bridge/ })).toBeVisible();
      await checkScreen(page, theme, "08-start-organization-itwins");
      await showITwins(page, "All iTwins of my organization");
      await openPicker(page);
      await expect(page.getByRole("option", { name: /White River Bridge/ })).toBeVisible();
      await checkScreen(page, theme, "09-picker-organization-itwins");
    });

    test(`the roles matrix and its dialogs have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
      await assertMatrixShown(page);
      await expect(page).toHaveTitle("Roles · White River Bridge · iTwin Access Console");
      await checkScreen(page, theme, "10-roles-matrix");

      await page
        .getByRole("button", { name: /^iTwin Reader\b/ })
        .first()
        .click();
      await expect(page.getByRole("heading", { name: "iTwin Reader", level: 2 })).toBeVisible();
      await checkScreen(page, theme, "11-role-drawer");
      await page.getByRole("button", { name: "Delete role" }).click();
      await expect(dialogNamed(page, /^Delete role/)).toBeVisible();
      await checkScreen(page, theme, "12-delete-role");
      await dialogNamed(page, /^Delete role/)
        .getByRole("button", { name: "Cancel" })
        .click();
      await page.getByRole("button", { name: "Close role details" }).click();

      await page.getByRole("button", { name: "Create role" }).first().click();
      const create = dialogNamed(page, "Create role");
      await expect(create).toBeVisible();
      await checkScreen(page, theme, "13-create-role");
      await create.getByRole("button", { name: /^(Create|Save)/ }).click();
      await checkScreen(page, theme, "14-create-role-errors");
      await create.getByRole("button", { name: "Cancel" }).click();

      await page.getByRole("button", { name: "Compare roles" }).click();
      await expect(dialogNamed(page, "Compare roles")).toBeVisible();
      await checkScreen(page, theme, "15-compare-roles");
      await dialogNamed(page, "Compare roles").getByRole("button", { name: "Close" }).click();

      await filterMatrix(page, "storage_upload");
      await toggleCell(page, "iTwin Reader", "storage_upload");
      await checkScreen(page, theme, "16-roles-pending");
      await page.getByRole("button", { name: "Review and save" }).click();
      const review = dialogNamed(page, /^Review 1 change/);
      await expect(review).toBeVisible();
      await checkScreen(page, theme, "17-review-changes");
      await review.getByRole("button", { name: /^Save 1 role$/ }).click();
      await expect(page.getByRole("dialog", { name: "Save results" })).toBeVisible();
      await checkScreen(page, theme, "18-save-results");
    });

    test(`the members tabs and dialogs have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "manager", membersPath());
      await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
      await expect(page.getByTestId("users-total")).toContainText("member");
      await checkScreen(page, theme, "20-members-users");
      await searchMembers(page, "rita");
      const editor = await openRoleEditor(page, "Rita Reader");
      await checkScreen(page, theme, "21-member-role-editor");
      await editor.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Remove Rita Reader" }).click();
      await expect(page.getByRole("dialog", { name: /^Remove/ })).toBeVisible();
      await checkScreen(page, theme, "22-remove-member");
      await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Add users" }).first().click();
      await expect(dialogNamed(page, "Add users")).toBeVisible();
      await checkScreen(page, theme, "23-add-users");
      await dialogNamed(page, "Add users").getByRole("button", { name: "Cancel" }).click();

      await openTab(page, "Groups");
      await expect(page.getByRole("table", { name: "Group members" })).toBeVisible();
      await checkScreen(page, theme, "24-members-groups");
      await page.getByRole("button", { name: "Add groups" }).first().click();
      await expect(dialogNamed(page, "Add groups")).toBeVisible();
      await checkScreen(page, theme, "25-add-groups");
      await dialogNamed(page, "Add groups").getByRole("button", { name: "Cancel" }).click();
      await openTab(page, "Owners");
      await expect(page.getByRole("table", { name: "Owners" })).toBeVisible();
      await checkScreen(page, theme, "26-members-owners");
      await openTab(page, "Invitations");
      await expect(page.getByRole("table", { name: "Pending invitations" })).toBeVisible();
      await checkScreen(page, theme, "27-members-invitations");
    });

    test(`the share links tab, its dialogs and the colleague suggestions have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID, "shares"));
      await expect(page.getByRole("table", { name: "Active share links" })).toBeVisible();
      await checkScreen(page, theme, "28-members-share-links");
      await page.getByRole("button", { name: /^Revoke the share link/ }).click();
      await expect(dialogNamed(page, "Revoke share link?")).toBeVisible();
      await checkScreen(page, theme, "28a-revoke-share-link");
      await dialogNamed(page, "Revoke share link?").getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Create share link" }).click();
      await expect(dialogNamed(page, "Create share link")).toBeVisible();
      await checkScreen(page, theme, "28b-create-share-link");
      await dialogNamed(page, "Create share link").getByRole("button", { name: "Cancel" }).click();
      await openTab(page, "Users");
      await page.getByRole("button", { name: "Add users" }).first().click();
      await dialogNamed(page, "Add users").getByLabel("E-mail addresses").pressSequentially("rita");
      await expect(dialogNamed(page, "Add users").getByRole("list", { name: "Suggested colleagues" })).toBeVisible();
      await checkScreen(page, theme, "28c-add-users-suggestions");
    });

    test(`the packages page and its review dialog have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "admin", packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
      await assertPackagesPage(page);
      await checkScreen(page, theme, "30-packages");
      await assignmentCheckbox(page, "Execute Integration Package", "iTwin Reader").check();
      await checkScreen(page, theme, "31-packages-pending");
      await page.getByRole("button", { name: "Review and save" }).click();
      await expect(dialogNamed(page, "Review assignment changes")).toBeVisible();
      await checkScreen(page, theme, "32-packages-review");
    });

    test(`the access insight page has no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "admin", accessPath());
      await expect(page.getByRole("heading", { name: "Access insight", level: 1 })).toBeVisible();
      await checkScreen(page, theme, "40-access-effective");
      for (const [i, tab] of (["Check access", "Who has it", "Bulk changes"] as const).entries()) {
        await page.getByRole("tab", { name: tab }).click();
        await checkScreen(page, theme, `4${i + 1}-access-${tab.toLowerCase().replace(/ /g, "-")}`);
      }
    });

    test(`the groups page, the group editor and the delete-group confirmation have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "manager", groupsPath());
      await expect(groupRow(page, "Site Engineers")).toBeVisible();
      await checkScreen(page, theme, "50-groups");
      await page.getByRole("button", { name: "Edit group Site Engineers" }).click();
      const editor = groupEditor(page, "Site Engineers");
      await expect(editor.getByText("No pending group invitations.")).toBeVisible();
      await checkScreen(page, theme, "51-group-editor");
      await editor.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Delete group Site Engineers" }).click();
      await expect(dialogNamed(page, "Delete group Site Engineers?")).toBeVisible();
      await checkScreen(page, theme, "52-delete-group");
      await dialogNamed(page, "Delete group Site Engineers?").getByRole("button", { name: "Cancel" }).click();
    });

    test(`the privileged, all-packages and owners pages have no serious findings (${theme})`, async ({ page }) => {
      await signInAs(page, "manager", privilegedPath());
      await expect(page.getByTestId("privileged-counts")).toBeVisible();
      await checkScreen(page, theme, "53-privileged");

      await page.goto(packagesOverviewPath());
      await expect(overviewTable(page)).toBeVisible();
      await checkScreen(page, theme, "54-packages-overview");
      await page.getByRole("button", { name: "Picture" }).click();
      await checkScreen(page, theme, "55-packages-overview-picture");

      await page.goto(membersPath(DEFAULT_ITWIN_ID, "owners"));
      await expect(page.getByTestId("owner-row").first()).toBeVisible();
      await checkScreen(page, theme, "56-owners");
    });

    test(`the owner, invitation and group-role dialogs of the Members page have no serious findings (${theme})`, async ({
      page,
      request,
    }) => {
      // Only owners may change owners: the organization administrator makes the project manager one.
      await emulator(request).actAsOk(
        "admin",
        memberOperations.addOwner,
        { iTwinId: DEFAULT_ITWIN_ID },
        { body: { email: demoUser("manager").email } },
      );
      await signInAs(page, "manager", membersPath(DEFAULT_ITWIN_ID, "owners"));
      await addOwner(page, "not an address");
      await expect(page.locator("#owner-email-helper")).toContainText("Enter one e-mail address.");
      await checkScreen(page, theme, "70-owners-add-error");
      await page.getByLabel("E-mail of the new owner").fill("");
      const removal = await startRemovingOwner(page, demoUser("manager").email);
      await checkScreen(page, theme, "71-remove-owner");
      await removal.getByRole("button", { name: "Cancel" }).click();

      await openTab(page, "Invitations");
      await page
        .getByRole("checkbox", { name: /^Select the invitation of / })
        .first()
        .check();
      await checkScreen(page, theme, "72-invitations-selected");
      await page.getByRole("button", { name: /^Cancel selected/ }).click();
      await expect(dialogNamed(page, /^Cancel \d+ invitations?\?$/)).toBeVisible();
      await checkScreen(page, theme, "73-cancel-invitations");
      await dialogNamed(page, /^Cancel \d+ invitations?\?$/)
        .getByRole("button", { name: "Cancel", exact: true })
        .click();
      await page
        .getByRole("button", { name: /^Cancel the invitation of / })
        .first()
        .click();
      await expect(dialogNamed(page, "Cancel invitation?")).toBeVisible();
      await checkScreen(page, theme, "74-cancel-invitation");
      await dialogNamed(page, "Cancel invitation?").getByRole("button", { name: "Cancel", exact: true }).click();

      await openTab(page, "Groups");
      await page
        .getByRole("button", { name: /^Edit roles of / })
        .first()
        .click();
      await expect(page.getByRole("dialog", { name: /^Roles of / }).getByTestId("role-picker")).toBeVisible();
      await checkScreen(page, theme, "75-group-role-editor");
    });

    test(`the group editor's states and the open choices of the privileged and all-packages pages have no serious findings (${theme})`, async ({
      page,
    }) => {
      await signInAs(page, "manager", groupsPath());
      await page.getByRole("button", { name: "Create group" }).click();
      await expect(groupEditor(page)).toBeVisible();
      await checkScreen(page, theme, "76-create-group");
      await groupEditor(page).getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Edit group Site Engineers" }).click();
      const editor = groupEditor(page, "Site Engineers");
      await membersBox(editor).fill(seededEmails(51).join("\n"));
      await expect(editor.getByTestId("members-helper")).toContainText("at most 50");
      await checkScreen(page, theme, "77-group-editor-too-many");
      await editor.getByRole("button", { name: "Cancel" }).click();

      await page.goto(privilegedPath());
      await page.getByRole("combobox", { name: "Permission" }).click();
      await expect(page.getByRole("listbox")).toBeVisible();
      await checkScreen(page, theme, "78-privileged-permission-choice");
      await page.keyboard.press("Escape");

      await page.goto(packagesOverviewPath());
      await expect(overviewTable(page)).toBeVisible();
      await page.getByRole("checkbox", { name: "Show roles holding no package role" }).check();
      await checkScreen(page, theme, "79-packages-overview-empty-roles");
      await page.getByRole("combobox", { name: "Package", exact: true }).click();
      await expect(page.getByRole("listbox")).toBeVisible();
      await checkScreen(page, theme, "80-who-can-run-package-choice");
      await page.keyboard.press("Escape");
    });

    test(`the add-groups dialog with its choice of groups has no serious findings (${theme})`, async ({ page }) => {
      // Only organization administrators list groups to choose from.
      await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID, "groups"));
      await page.getByRole("button", { name: "Add groups" }).first().click();
      const add = dialogNamed(page, "Add groups");
      await add.getByRole("combobox", { name: "Groups" }).click();
      await expect(page.getByRole("listbox")).toBeVisible();
      await checkScreen(page, theme, "81-add-groups-choice");
    });

    test(`the organization page's paused crawl and person comparison have no serious findings (${theme})`, async ({ page, request }) => {
      await resetEmulator(request, "org-small");
      await signInAs(page, "admin", "/organization");
      await waitForCompleteIndex(page);
      // A slow budget keeps the crawl running long enough to pause it.
      await page.getByLabel("Requests per minute").fill("20");
      await page.getByLabel("Requests per minute").blur();
      await page.getByRole("button", { name: "Refresh all" }).click();
      await page.getByRole("button", { name: "Pause" }).click();
      await expect(crawlStatus(page)).toContainText("paused");
      await checkScreen(page, theme, "63-organization-crawl-paused");
      await page.getByLabel("Requests per minute").fill("6000");
      await page.getByLabel("Requests per minute").blur();
      await page.getByRole("button", { name: "Resume" }).click();
      await waitForCompleteIndex(page);

      const name = `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`;
      await findPerson(page, "threeways", name);
      await page.getByRole("button", { name: "Same access as…" }).click();
      await page.getByRole("button", { name: "Compare with someone" }).click();
      await expect(page.getByLabel("Compare with")).toBeVisible();
      await checkScreen(page, theme, "64-organization-compare");
    });

    test(`the organization page has no serious findings (${theme})`, async ({ page, request }) => {
      await resetEmulator(request, "org-small");
      await signInAs(page, "admin", "/organization");
      await waitForCompleteIndex(page);
      await findPerson(page, "threeways", `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`);
      await checkScreen(page, theme, "60-organization-people");
      await openView(page, "Roles and permissions");
      await page.getByLabel("Role name (exact)").fill("Project Manager");
      await checkScreen(page, theme, "61-organization-roles");
      await openView(page, "iTwins");
      await checkScreen(page, theme, "62-organization-itwins");
      await openView(page, "People");
      await findPerson(page, "threeways", `${THREE_ROUTE_PERSON.givenName} ${THREE_ROUTE_PERSON.surname}`);
      await page.getByRole("button", { name: "Offboard…" }).click();
      await expect(page.getByRole("table", { name: /^Changes on / }).first()).toBeVisible();
      await checkScreen(page, theme, "63-organization-offboard-review");
    });

    test(`the access reviews tab, its dialogs and a review's plan have no serious findings (${theme})`, async ({ page, request }) => {
      test.setTimeout(180_000);
      await resetEmulator(request, "org-small");
      await signInAs(page, "admin", "/organization");
      await waitForCompleteIndex(page);
      await openReviews(page);
      await expect(page.getByRole("button", { name: "Start a review" })).toBeVisible();
      await checkScreen(page, theme, "68-access-reviews-none");
      await page.getByRole("button", { name: "Start a review" }).click();
      const start = dialogNamed(page, "Start an access review");
      await start.getByLabel("Chosen iTwins").check();
      await start.getByLabel("Owner limit").fill("none");
      await expect(start.getByText("A whole number, at least 1.")).toBeVisible();
      await checkScreen(page, theme, "69-access-review-new");
      // The dialog keeps its draft: the limit is set right before leaving it.
      await start.getByLabel("Owner limit").fill("5");
      await start.getByRole("button", { name: "Cancel" }).click();
      await startReview(page, "Accessibility review", [orgSmallName(1)]);
      await reviewLines(page).first().click();
      await expect(page.getByTestId("line-details")).toBeVisible();
      await checkScreen(page, theme, "70-access-review-lines");
      await page.getByRole("button", { name: /^Revoke all \(/ }).click();
      const bulk = dialogNamed(page, /^Revoke [\d,]+ lines?\?$/);
      await expect(bulk).toBeVisible();
      await checkScreen(page, theme, "71-access-review-bulk");
      await bulk.getByRole("button", { name: "Cancel" }).click();
      await reviewLines(page)
        .first()
        .getByRole("button", { name: /^Revoke: / })
        .click();
      // The decision and note columns with one line decided, scrolled into view so axe measures their colours.
      await reviewLines(page)
        .first()
        .getByRole("textbox", { name: /^Note: / })
        .fill("Left the project");
      const lines = page.getByRole("table", { name: "Review lines" }).locator("..");
      await lines.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await expect.poll(() => lines.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await checkScreen(page, theme, "74-access-review-decided");
      await page.getByRole("button", { name: "Change hint settings" }).click();
      const settings = dialogNamed(page, "Hint settings");
      await settings.getByLabel("Owner limit").fill("0");
      await expect(settings.getByText("A whole number, at least 1.")).toBeVisible();
      await checkScreen(page, theme, "75-access-review-hint-settings");
      await settings.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Delete review" }).click();
      await expect(dialogNamed(page, "Delete this review?")).toBeVisible();
      await checkScreen(page, theme, "72-access-review-delete");
      await dialogNamed(page, "Delete this review?").getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: /^Review 1 revocation as a plan$/ }).click();
      await expect(page.getByRole("heading", { name: "Access review: Accessibility review" })).toBeVisible();
      await checkScreen(page, theme, "73-access-review-plan");
    });

    test(`the organization page's role templates have no serious findings (${theme})`, async ({ page, request }) => {
      test.setTimeout(120_000);
      await resetEmulator(request, "org-small");
      // One iTwin with a role of its own, so the drift table has a row.
      await emulator(request).actAsOk(
        "admin",
        roleOperations.createRole,
        { iTwinId: itwinId(3) },
        { body: { displayName: "Site Visitor", description: "Visits the site", permissions: ["itwins_read"] } },
      );
      await signInAs(page, "admin", "/organization");
      await waitForCompleteIndex(page);
      await page.getByRole("tab", { name: "Role templates" }).click();
      await page.getByRole("combobox", { name: "Reference roles" }).click();
      await page.getByRole("option", { name: "White River Bridge" }).click();
      await expect(page.getByRole("table", { name: "Role drift" })).toContainText("Site Visitor");
      await checkScreen(page, theme, "65-organization-role-drift");
      await page.getByRole("button", { name: "Bring 1 iTwin in line…" }).click();
      await expect(page.getByTestId("extra-roles-callout")).toBeVisible();
      await checkScreen(page, theme, "66-organization-role-template-review");
      await page.getByRole("tab", { name: "Role templates" }).click();
      await page.getByRole("radio", { name: "Name contains" }).check();
      await page.getByLabel("iTwin name contains").fill("Cedar");
      await expect(page.getByTestId("drift-empty")).toBeVisible();
      await checkScreen(page, theme, "67-organization-role-drift-none");
    });

    test(`hostile names — a spoofed 300-character iTwin name, a 300-character role on an invitation — leave no serious findings (${theme})`, async ({
      page,
      request,
    }) => {
      await resetEmulator(request, "org-small");
      const hostile = `White River Bridge\u202Egnp.exe ${"Programme Delivery and Asset Coordination ".repeat(7)}`.slice(0, 300);
      await emulator(request).renameITwin(DEFAULT_ITWIN_ID, hostile);
      const { roles } = await emulator(request).actAsOk("admin", roleOperations.listRoles, { iTwinId: DEFAULT_ITWIN_ID });
      const role = await emulator(request).actAsOk(
        "admin",
        roleOperations.createRole,
        { iTwinId: DEFAULT_ITWIN_ID },
        { body: { displayName: hostile.replace("White River Bridge", "Regional Lead"), description: "Long", permissions: [] } },
      );
      await emulator(request).actAsOk(
        "admin",
        memberOperations.addUserMembers,
        { iTwinId: DEFAULT_ITWIN_ID },
        { body: { members: [{ email: "outside.consultant@elsewhere.example", roleIds: [role.role.id, roles[0]!.id] }] } },
      );
      await signInAs(page, "admin", membersPath(DEFAULT_ITWIN_ID, "invitations"));
      await expect(page.getByTestId("invitations-total")).toBeVisible();
      await checkScreen(page, theme, "82-hostile-names-invitations");
      // The administrator is a member of no iTwin: the picker searches the organization's.
      await showITwins(page, "All iTwins of my organization");
      await page.getByRole("combobox", { name: "iTwin" }).click();
      await page.getByRole("combobox", { name: "iTwin" }).fill("White River");
      await expect(page.getByRole("option").first()).toBeVisible();
      await checkScreen(page, theme, "83-hostile-names-picker");
      await page.keyboard.press("Escape");
      await page.goto("/organization");
      await waitForCompleteIndex(page);
      await openView(page, "iTwins");
      await expect(page.getByRole("table", { name: "iTwins of the organization" })).toContainText("gnp.exe");
      await checkScreen(page, theme, "84-hostile-names-organization-itwins");
    });
  });
}

test.describe("colour theme", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system's dark setting, and a theme chosen with the toggle is remembered after a reload", async ({ page }) => {
    await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
    await assertMatrixShown(page);
    expect(await paintedTheme(page)).toBe("dark");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    await expect.poll(() => paintedTheme(page)).toBe("light");
    await page.reload();
    await assertMatrixShown(page);
    await expect.poll(() => paintedTheme(page)).toBe("light");
    await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
    // The remembered choice wins over the system setting, also when the system changes.
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.reload();
    await assertMatrixShown(page);
    await expect.poll(() => paintedTheme(page)).toBe("dark");
  });
});

// What a screen reader hears: results in live regions, errors tied to the fields they are about.
test.describe("announcements and field errors", () => {
  test("saved, failed and retrying-in-N-seconds messages are in live regions", async ({ page, request }) => {
    await signInAs(page, "admin", membersPath());
    await expect(page.getByTestId("users-total")).toContainText("member");
    await searchMembers(page, "rita");

    // Retrying: the shell counts down in a polite status region.
    await failNext(request, {
      method: "PATCH",
      path: "/members/users/",
      status: 429,
      headers: { "Retry-After": "2" },
      body: { error: { code: "RateLimitExceeded", message: "Too many requests." } },
      count: 1,
    });
    let editor = await openRoleEditor(page, "Rita Reader");
    await editor.getByRole("checkbox", { name: /^Write Access\b/ }).click();
    await editor.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByRole("status").filter({ hasText: /retrying in \d+ s/ })).toBeVisible();
    // Saved: said in a status message once the server confirmed it.
    await expect(page.getByRole("status").filter({ hasText: "Roles of Rita Reader saved." })).toBeVisible();

    // Failed: an alert.
    await failNext(request, { method: "PATCH", path: "/members/users/", status: 500, count: 1 });
    editor = await openRoleEditor(page, "Rita Reader");
    await editor.getByRole("checkbox", { name: /^Surveyor\b/ }).click();
    await editor.getByRole("button", { name: "Save roles" }).click();
    await expect(editor.getByRole("alert").first()).toBeVisible();

    // The roles matrix: the save summary is an alert inside the results dialog.
    await page.goto(rolesPath(DEFAULT_ITWIN_ID));
    await assertMatrixShown(page);
    await filterMatrix(page, "storage_upload");
    await toggleCell(page, "iTwin Reader", "storage_upload");
    await page.getByRole("button", { name: "Review and save" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Save 1 role" }).click();
    await expect(page.getByRole("dialog", { name: "Save results" }).getByRole("alert")).toHaveText("1 saved.");
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();

    // Packages: "Saved" is a status.
    await page.goto(packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
    await assertPackagesPage(page);
    await assignmentCheckbox(page, "Execute Integration Package", "iTwin Reader").check();
    await page.getByRole("button", { name: "Review and save" }).click();
    await dialogNamed(page, "Review assignment changes").getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The server confirmed the assignments." })).toBeVisible();
  });

  test("field errors are tied to their fields in the create-role form, the member role picker and the package editor", async ({
    page,
    request,
  }) => {
    await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
    await assertMatrixShown(page);
    await page.getByRole("button", { name: "Create role" }).first().click();
    const create = dialogNamed(page, "Create role");
    await create.getByRole("button", { name: "Create role" }).click();
    const name = create.getByRole("textbox", { name: "Name" });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription("Enter a name for the role.");
    await create.getByRole("button", { name: "Cancel" }).click();

    await page.goto(membersPath());
    await searchMembers(page, "rita");
    const editor = await openRoleEditor(page, "Rita Reader");
    await editor.getByRole("checkbox", { name: /^Write Access\b/ }).click();
    await failNext(request, { method: "PATCH", path: "/members/users/", status: 422, body: SEED_PATCH_422, count: 1 });
    await editor.getByRole("button", { name: "Save roles" }).click();
    const picker = editor.getByTestId("role-picker");
    await expect(picker).toHaveAttribute("aria-invalid", "true");
    await expect(picker).toHaveAccessibleDescription(/Collection size exceeds maximum size\./);
    await expect(editor.getByRole("textbox", { name: "Search roles" })).toHaveAccessibleDescription(
      /Collection size exceeds maximum size\./,
    );
    await editor.getByRole("button", { name: "Cancel" }).click();

    await page.goto(packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"));
    await assertPackagesPage(page);
    await assignmentCheckbox(page, "Execute Integration Package", "iTwin Reader").check();
    await failNext(request, { method: "POST", path: "^/edfs/itwins/[^/]+/packages/[^/]+/roles$", status: 422, body: SEED_ASSIGNMENT_422 });
    await page.getByRole("button", { name: "Review and save" }).click();
    await dialogNamed(page, "Review assignment changes").getByRole("button", { name: "Save changes" }).click();
    const roles = page.getByRole("combobox", { name: "iTwin roles to edit" });
    await expect(roles).toHaveAttribute("aria-invalid", "true");
    await expect(roles).toHaveAccessibleDescription("Provided iTwin Role ID value is not valid.");
    await expect(page.getByRole("group", { name: "Package roles of the chosen iTwin roles" })).toHaveAccessibleDescription(
      "Provided Package Role ID value is not valid.",
    );
  });
});
