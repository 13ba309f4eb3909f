import { afterEach, describe, expect, it } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import type { UserMember } from "../../../api/wire";
import { changeLog } from "../../../lib/change-log";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { ROLES, member } from "../access-test-data";
import { jobFake } from "../access-test-jobs";
import { BulkChangeWizard } from "./BulkChangeWizard";
import { resourceKey } from "../../../api/operations/define";
import { resources } from "../../../api/operations/resources";

installMswServer();
afterEach(() => {
  sessionStorage.clear();
  changeLog.clear();
});

const FAST = { pollMs: 20, maxPollMs: 20 };
const AC = `${TEST_API}/accesscontrol/itwins/:id`;

const people = (n: number) => Array.from({ length: n }, (_, i) => member(`person${String(i).padStart(2, "0")}`, ["r-reader"]));

function renderWizard(users: UserMember[]) {
  return renderWithProviders(<BulkChangeWizard iTwinId={TEST_ITWIN_ID} users={users} roles={ROLES} canEdit pace={FAST} />);
}

async function chooseEveryoneAndAdd(roleName: string) {
  await userEvent.click(screen.getByRole("button", { name: /^Select all \d+ matching$/ }));
  await userEvent.click(screen.getByRole("combobox", { name: "Roles to add" }));
  await userEvent.click(await screen.findByRole("option", { name: roleName }));
  await userEvent.keyboard("{Escape}");
  await userEvent.click(screen.getByRole("button", { name: "Preview changes" }));
}

const row = (name: string) => screen.getAllByTestId("bulk-plan-row").find((r) => r.getAttribute("data-member") === name)!;

describe("Bulk changes as jobs", () => {
  it("sends a change of 60 members as one job carrying all 60, shows the job Active while it runs, then every member saved", async () => {
    const users = people(60);
    const fake = jobFake({ users, roles: ROLES, activePolls: 1_000 });
    const patched: string[] = [];
    server.use(
      ...fake.handlers,
      http.patch(`${AC}/members/users/:memberId`, ({ params }) => {
        patched.push(String(params.memberId));
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    renderWizard(users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 60 changes" }));

    expect(await screen.findByTestId("bulk-job-progress")).toHaveTextContent(/Job 1 of 1 \(job-1\): Active .*· 0 of 60 actions answered/);
    expect(row("Person00 Tester")).toHaveAttribute("data-outcome", "saving");
    expect(row("Person00 Tester")).not.toHaveTextContent("Saved");

    fake.finish();
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 60 saved, 0 failed"));
    expect(fake.posts).toHaveLength(1);
    expect(fake.posts[0]!.assignRoles).toHaveLength(60);
    expect(fake.posts[0]!.assignRoles![0]).toEqual({ email: "person00@riverbend.example", roleIds: ["r-contrib"] });
    expect(patched).toEqual([]);
    expect(screen.getByTestId("bulk-job-status")).toHaveTextContent("Job job-1: Completed · 60 actions");
    expect(row("Person59 Tester")).toHaveAttribute("data-outcome", "saved");
    expect(row("Person59 Tester")).toHaveTextContent("iTwin Reader, iTwin Contributor");
    // Each member's change is in the change log, as one of its own edits with an undo.
    const logged = changeLog.getSnapshot();
    expect(logged).toHaveLength(60);
    expect(logged[0]).toMatchObject({
      status: "saved",
      target: "User member Person00 Tester",
      summary: "bulk change (job job-1): + iTwin Contributor",
    });
    expect(logged[0]!.inverse?.requests).toEqual([
      { op: "updateUserMemberRoles", params: { iTwinId: TEST_ITWIN_ID, memberId: "u-person00" }, body: { roleIds: ["r-reader"] } },
    ]);
  });

  it("a PartialCompleted job names the failed members with the server's text, and Retry sends only those as a new job", async () => {
    const users = people(5);
    const markup = '<img src=x onerror="alert(1)"> quota reached';
    const fake = jobFake({
      users,
      roles: ROLES,
      failOnce: { "person01@riverbend.example": markup, "person03@riverbend.example": "Requested user is not available." },
    });
    server.use(...fake.handlers);
    renderWizard(users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 5 changes" }));

    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 3 saved, 2 failed"));
    expect(screen.getByTestId("bulk-job-status")).toHaveAttribute("data-status", "PartialCompleted");
    expect(row("Person00 Tester")).toHaveAttribute("data-outcome", "saved");
    expect(row("Person01 Tester")).toHaveAttribute("data-outcome", "failed");
    // The server's text is shown as text, never as markup.
    expect(row("Person01 Tester")).toHaveTextContent(`Failed: ${markup}`);
    expect(row("Person01 Tester").querySelector("img")).toBeNull();
    expect(row("Person03 Tester")).toHaveTextContent("Failed: Requested user is not available.");
    expect(changeLog.getSnapshot().map((e) => e.target)).toEqual([
      "User member Person00 Tester",
      "User member Person02 Tester",
      "User member Person04 Tester",
    ]);

    await userEvent.click(screen.getByRole("button", { name: "Retry failed (2)" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 5 saved, 0 failed"));
    expect(fake.posts).toHaveLength(2);
    expect(fake.posts[1]).toEqual({
      assignRoles: [
        { email: "person01@riverbend.example", roleIds: ["r-contrib"] },
        { email: "person03@riverbend.example", roleIds: ["r-contrib"] },
      ],
    });
    expect(row("Person01 Tester")).toHaveAttribute("data-outcome", "saved");
    expect(screen.getByTestId("bulk-job-status")).toHaveTextContent("Job job-2: Completed · 2 actions");
  });

  it("sends a member who gains one role and loses another as assignRoles and unassignRoles of the same job", async () => {
    const users = [member("alpha", ["r-reader"]), member("bravo", ["r-pm"])];
    const fake = jobFake({ users, roles: ROLES });
    server.use(...fake.handlers);
    renderWizard(users);
    await userEvent.click(screen.getByRole("button", { name: /^Select all \d+ matching$/ }));
    await userEvent.click(screen.getByRole("combobox", { name: "Roles to add" }));
    await userEvent.click(await screen.findByRole("option", { name: "iTwin Contributor" }));
    await userEvent.keyboard("{Escape}");
    await userEvent.click(screen.getByRole("combobox", { name: "Roles to remove" }));
    await userEvent.click(await screen.findByRole("option", { name: "iTwin Reader" }));
    await userEvent.keyboard("{Escape}");
    await userEvent.click(screen.getByRole("button", { name: "Preview changes" }));
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));

    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 2 saved, 0 failed"));
    expect(fake.posts).toEqual([
      {
        assignRoles: [
          { email: "alpha@riverbend.example", roleIds: ["r-contrib"] },
          { email: "bravo@riverbend.example", roleIds: ["r-contrib"] },
        ],
        unassignRoles: [{ email: "alpha@riverbend.example", roleIds: ["r-reader"] }],
      },
    ]);
  });

  it("after a reload mid-job, waits for the same job instead of sending the change again, and keeps no token", async () => {
    const users = people(3);
    const fake = jobFake({ users, roles: ROLES, activePolls: 1_000 });
    server.use(...fake.handlers);
    const first = renderWizard(users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 3 changes" }));
    expect(await screen.findByTestId("bulk-job-progress")).toHaveTextContent("job-1");
    const stored = Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? "");
    expect(stored.some((v) => v.includes('"jobId":"job-1"'))).toBe(true);
    expect(stored.join(" ")).not.toMatch(/test-token|Bearer|access_?token/i);

    // The page goes away (a reload) while the server still says Active.
    first.unmount();
    renderWizard(users);
    expect(await screen.findByTestId("bulk-job-progress")).toHaveTextContent("Job 1 of 1 (job-1): Active");
    expect(row("Person00 Tester")).toHaveAttribute("data-outcome", "saving");
    fake.finish();
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 3 saved, 0 failed"));
    expect(fake.posts).toHaveLength(1);
  });

  it("says which actions the server never confirmed when its answer to the job was lost", async () => {
    const users = people(2);
    const fake = jobFake({ users, roles: ROLES });
    server.use(
      http.post(`${AC}/jobs`, () => HttpResponse.json({ error: { code: "InternalServerError", message: "Boom." } }, { status: 500 })),
      ...fake.handlers,
    );
    renderWizard(users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 0 saved, 0 failed, 2 not confirmed"));
    expect(row("Person00 Tester")).toHaveAttribute("data-outcome", "unknown");
    expect(row("Person00 Tester")).not.toHaveTextContent("Saved");
    expect(changeLog.getSnapshot()).toEqual([]);
  });

  it("refetches the members list once the job has finished", async () => {
    const users = people(2);
    const fake = jobFake({ users, roles: ROLES });
    server.use(...fake.handlers);
    const { queryClient } = renderWizard(users);
    const key = resourceKey(resources.userMembers, { iTwinId: TEST_ITWIN_ID });
    queryClient.setQueryData([...key, "seen"], users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    expect(queryClient.getQueryState([...key, "seen"])?.isInvalidated).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 2 saved, 0 failed"));
    await waitFor(() => expect(queryClient.getQueryState([...key, "seen"])?.isInvalidated).toBe(true));
  });

  it("changes a member the server lists without an e-mail by its own PATCH, beside the job for the others", async () => {
    const named = member("alpha", ["r-reader"]);
    const missing = member("ghost", ["r-reader"], { email: null, givenName: null, surname: null });
    const fake = jobFake({ users: [named], roles: ROLES });
    const patched: { id: string; body: unknown }[] = [];
    server.use(
      ...fake.handlers,
      http.patch(`${AC}/members/users/:memberId`, async ({ params, request }) => {
        patched.push({ id: String(params.memberId), body: await request.json() });
        return HttpResponse.json({
          member: { ...missing, roles: [...missing.roles, { id: "r-contrib", displayName: "iTwin Contributor" }] },
        });
      }),
    );
    renderWizard([named, missing]);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 2 saved, 0 failed"));
    expect(fake.posts).toEqual([{ assignRoles: [{ email: "alpha@riverbend.example", roleIds: ["r-contrib"] }] }]);
    expect(patched).toEqual([{ id: "u-ghost", body: { roleIds: ["r-reader", "r-contrib"] } }]);
  });

  it("when asking for the job's state fails, says so and Retry waits for the same job without sending it again", async () => {
    const users = people(2);
    const fake = jobFake({ users, roles: ROLES });
    // Down for longer than the HTTP client retries a read by itself.
    let down = true;
    server.use(
      http.get(`${AC}/jobs/:jobId`, () => {
        if (!down) return undefined;
        return HttpResponse.json({ error: { code: "ServiceUnavailable", message: "Try again later." } }, { status: 503 });
      }),
      ...fake.handlers,
    );
    renderWizard(users);
    await chooseEveryoneAndAdd("iTwin Contributor");
    await userEvent.click(screen.getByRole("button", { name: "Apply 2 changes" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent("Applying the bulk change failed");
    expect(alert).toHaveTextContent("Try again later.");
    expect(row("Person00 Tester")).toHaveAttribute("data-outcome", "saving");
    down = false;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByTestId("bulk-progress")).toHaveTextContent("Finished: 2 saved, 0 failed"));
    expect(fake.posts).toHaveLength(1);
  });
});
