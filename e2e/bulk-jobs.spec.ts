// The project manager gives sixty people a role at once: the change goes to the server as one Access
// Control job, survives a reload while the job runs, names the people the job could not change, and a
// retry sends only those.
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../emulator/demo-users";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { emulator, resetEmulator } from "./support/emulator";
import {
  accessPath,
  assertAccessPage,
  assertDirectRoles,
  bulkJobProgress,
  bulkJobStatus,
  bulkProgress,
  bulkRow,
  chooseRolesToAdd,
  previewBulk,
  seededMembers,
  selectBulkMembers,
  startNewBulkChange,
} from "./support/access";
import { changeEntry } from "./support/change-log";
import { assignedEmails, jobPosts, polledJobIds } from "./support/jobs";
import { closeChanges, openChanges } from "./support/resilience";

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
  await emulator(request).clearSettings();
});

test.afterEach(async ({ request }) => {
  await emulator(request).clearSettings();
});

test("a bulk change of 60 users goes as one job, resumes after a reload, names the users a PartialCompleted job failed, and the retry sends only those", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const controls = emulator(request);
  const sixty = seededMembers()
    .filter((m) => !m.roleNames.includes("Write Access"))
    .slice(0, 60);
  expect(sixty).toHaveLength(60);
  const failing = [sixty[7]!, sixty[31]!, sixty[52]!];
  const failingEmails = failing.map((m) => m.email.toLowerCase()).sort();

  await signInAs(page, "manager", accessPath(undefined, "bulk"));
  await assertAccessPage(page);
  await selectBulkMembers(page, sixty);
  await chooseRolesToAdd(page, ["Write Access"]);
  await previewBulk(page);
  await expect(page.getByTestId("bulk-summary")).toContainText("60 to change");

  // The job stays Active until the test lets it run; three of its actions will fail.
  await controls.setSettings({ jobDelayMs: 600_000 });
  for (const m of failing) await controls.failJobAction({ email: m.email, action: "assignRoles" });
  const since = (await controls.state()).lastRequestSeq;
  await page.getByRole("button", { name: "Apply 60 changes" }).click();
  await expect(bulkJobProgress(page)).toContainText(/Job 1 of 1 \(.+\): Active/);
  await expect(bulkRow(page, sixty[0]!)).toHaveAttribute("data-outcome", "saving");

  // A reload mid-job waits for the same job; nothing is sent again and nothing shows as saved.
  await page.reload();
  await assertAccessPage(page);
  await expect(bulkJobProgress(page)).toContainText(/Job 1 of 1 \(.+\): Active/);
  await expect(bulkRow(page, sixty[0]!)).toHaveAttribute("data-outcome", "saving");
  await expect(page.getByTestId("bulk-plan-row").and(page.locator('[data-outcome="saved"]'))).toHaveCount(0);

  await controls.runJobs();
  await expect(bulkProgress(page)).toHaveText("Finished: 57 saved, 3 failed", { timeout: 20_000 });
  await expect(bulkJobStatus(page)).toHaveAttribute("data-status", "PartialCompleted");
  for (const m of failing) {
    await expect(bulkRow(page, m)).toHaveAttribute("data-outcome", "failed");
    await expect(bulkRow(page, m)).toContainText("Failed: The action could not be completed.");
  }
  await expect(bulkRow(page, sixty[0]!)).toHaveAttribute("data-outcome", "saved");
  await expect(page.getByTestId("bulk-plan-row").and(page.locator('[data-outcome="failed"]'))).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, "bulk job results");

  // One job creation carried all sixty; the reload only polled it.
  let log = (await controls.requests(since)).requests;
  expect(jobPosts(log)).toHaveLength(1);
  const [firstJob] = polledJobIds(log);
  expect((await assignedEmails(request, DEFAULT_ITWIN_ID, firstJob!)).map((e) => e.toLowerCase()).sort()).toEqual(
    sixty.map((m) => m.email.toLowerCase()).sort(),
  );

  await controls.setSettings({ jobDelayMs: 200 });
  const beforeRetry = (await controls.state()).lastRequestSeq;
  await page.getByRole("button", { name: "Retry failed (3)" }).click();
  await expect(bulkProgress(page)).toHaveText("Finished: 60 saved, 0 failed", { timeout: 20_000 });
  for (const m of failing) await expect(bulkRow(page, m)).toHaveAttribute("data-outcome", "saved");
  log = (await controls.requests(beforeRetry)).requests;
  expect(jobPosts(log)).toHaveLength(1);
  const [retryJob] = polledJobIds(log);
  expect(retryJob).not.toBe(firstJob);
  expect((await assignedEmails(request, DEFAULT_ITWIN_ID, retryJob!)).map((e) => e.toLowerCase()).sort()).toEqual(failingEmails);
  expect(log.filter((r) => r.method === "PATCH")).toEqual([]);

  // Each member's applied change is in Changes, like any other edit, with the job that carried it.
  const panel = await openChanges(page);
  await expect(changeEntry(panel, "bulk change (job ")).toHaveCount(60);
  await expect(changeEntry(panel, `bulk change (job ${retryJob}): + Write Access`)).toHaveCount(3);
  await closeChanges(page);

  // What the server holds now, read back after a reload.
  await page.reload();
  await assertAccessPage(page);
  await startNewBulkChange(page);
  for (const m of [sixty[0]!, ...failing]) await assertDirectRoles(page, m, [...m.roleNames, "Write Access"]);
});
