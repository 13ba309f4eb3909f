// Selectors for the Integration packages page, so the scenarios read like what a person does.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const packagesPath = (iTwinId: string, uniqueName?: string) =>
  `/itwins/${encodeURIComponent(iTwinId)}/packages${uniqueName ? `?package=${encodeURIComponent(uniqueName)}` : ""}`;

export async function assertPackagesPage(page: Page) {
  await expect(page.getByRole("heading", { name: /^Integration packages/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Package roles of each iTwin role" })).toBeVisible();
}

export const assignmentCheckbox = (page: Page, packageRole: string, iTwinRole: string) =>
  page.getByRole("checkbox", { name: `${packageRole} for ${iTwinRole}` });

export const mappingLines = (page: Page, state?: "saved" | "added" | "removed") =>
  page.getByTestId("mapping-line").and(page.locator(state ? `[data-state="${state}"]` : "[data-state]"));

export const mappingNode = (page: Page, iTwinRole: string) =>
  page.getByTestId("mapping-itwin-role").filter({ has: page.locator("title", { hasText: iTwinRole }) });

export async function chooseITwinRoles(page: Page, names: string[]) {
  const picker = page.getByRole("combobox", { name: "iTwin roles to edit" });
  for (const name of names) {
    await picker.click();
    await picker.fill(name);
    await page.getByRole("option", { name, exact: true }).click();
  }
}

export async function tickPackageRole(page: Page, packageRole: string) {
  await page.getByRole("group", { name: "Package roles of the chosen iTwin roles" }).getByRole("checkbox", { name: packageRole }).check();
}

export async function reviewAndSave(page: Page) {
  await page.getByRole("button", { name: "Review and save" }).click();
  const dialog = page.getByRole("dialog", { name: "Review assignment changes" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
}

export async function assertSaved(page: Page) {
  await expect(page.getByText("Saved. The server confirmed the assignments.")).toBeVisible();
}

export async function assertFieldError(page: Page, field: string, message: string) {
  await expect(page.locator(`#${field}-helper`)).toHaveText(message);
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function exportFile(page: Page, button: "Export SVG" | "Export PNG" | "Export CSV") {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export async function filterRoles(page: Page, text: string, onlyWithPackageRoles: boolean) {
  await page.getByLabel("Show only iTwin roles matching").fill(text);
  await page.getByLabel("Only roles with package roles").setChecked(onlyWithPackageRoles);
}

export const mappingRows = (page: Page) => page.getByTestId("mapping-row");

/**
 * WCAG 2 A/AA violations as "rule: targets" lines (empty when clean). The shell's avatar is the shell
 * scenarios' business. The cast bridges two copies of playwright-core's types (axe's and the runner's).
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const axePage = page as unknown as ConstructorParameters<typeof AxeBuilder>[0]["page"];
  const result = await new AxeBuilder({ page: axePage }).withTags(["wcag2a", "wcag2aa"]).exclude(".MuiAvatar-root").analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
