// The console at the narrow widths people use it at: fully usable from 1024 px wide and readable at
// 768 px — nothing spills sideways off the page, the app bar fits, the section tabs scroll. Each
// page's screenshot is kept in e2e-artifacts/screenshots/<theme>/ for a person to review.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { horizontalOverflow, screenshot, THEMES } from "./support/a11y";
import { signInAs } from "./support/auth";
import { resetEmulator } from "./support/emulator";
import { assertMembersPage, membersPath } from "./support/members";
import { assertPackagesPage, packagesPath } from "./support/packages";
import { assertMatrixShown, rolesPath } from "./support/roles";
import { accessPath } from "./support/access";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

const WIDTHS = [1024, 768] as const;

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    test.describe(`${width} px, ${theme} theme`, () => {
      test.use({ colorScheme: theme, viewport: { width, height: 900 } });

      test(`every section fits ${width} px without sideways scrolling (${theme})`, async ({ page }) => {
        await signInAs(page, "admin", rolesPath(DEFAULT_ITWIN_ID));
        const appBar = page.getByRole("banner");
        const pages = [
          { name: "roles", path: rolesPath(DEFAULT_ITWIN_ID), ready: () => assertMatrixShown(page) },
          { name: "members", path: membersPath(), ready: () => assertMembersPage(page) },
          { name: "packages", path: packagesPath(DEFAULT_ITWIN_ID, "SQL_CUSTOMERS_TABLE"), ready: () => assertPackagesPage(page) },
          {
            name: "access",
            path: accessPath(),
            ready: () => expect(page.getByRole("heading", { name: "Access insight", level: 1 })).toBeVisible(),
          },
        ];
        for (const p of pages) {
          await page.goto(p.path);
          await p.ready();
          await page.waitForTimeout(300);
          await screenshot(page, theme, `w${width}-${p.name}`);
          expect.soft(await horizontalOverflow(page), `sideways overflow on ${p.name} at ${width} px`).toBeLessThanOrEqual(0);
          const bar = await appBar.boundingBox();
          expect.soft(bar!.width, `app bar width on ${p.name}`).toBeLessThanOrEqual(width);
          // Every control in the app bar is on screen, none cut off at the right edge.
          for (const control of await appBar.getByRole("button").or(appBar.getByRole("combobox")).all()) {
            const box = await control.boundingBox();
            if (box)
              expect
                .soft(box.x + box.width, `${(await control.getAttribute("aria-label")) ?? "control"} inside the window on ${p.name}`)
                .toBeLessThanOrEqual(width);
          }
        }
      });
    });
  }
}
