// Bentley's samples spell `_links.next` in non-canonical forms. Whatever form the server uses, the users
// list pages by $top/$skip on the canonical path, finds members past the first page and counts them all;
// no request ever asks for more than 100 items (the emulator refuses more, as a strict server would).
import { expect, test } from "@playwright/test";
import { DEFAULT_ITWIN_ID, demoUser } from "../emulator/demo-users";
import type { EmulatorSettings } from "../emulator/api/control-client";
import { signInAs } from "./support/auth";
import { emulator, resetEmulator } from "./support/emulator";
import { assertMembersPage, membersPath, searchMembers, userRow } from "./support/members";
import { pathOfEntry, skipOf, topOf, userMemberCount } from "./support/paging";
import { lastRequestSeq, requestLog } from "./support/resilience";

const RITA = demoUser("reader");
const USERS_PATH = `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}/members/users`;

// The paths of the non-canonical link forms: a request to one would mean a link was followed.
const NON_CANONICAL = /\/iTwins\/[^/]+\/member\/|\/accesscontrol\/(?!itwins\/)[^/]+\/members/i;

const LINK_FORMS: { form: EmulatorSettings["linkForm"]; spelled: string }[] = [
  { form: "canonical", spelled: "canonical links" },
  { form: "itwins-member", spelled: "links spelled …/iTwins/{id}/member/users?$skip&$top" },
  { form: "accesscontrol-members", spelled: "links spelled …/accesscontrol/{id}/members?$top&$skip" },
];

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test.afterEach(async ({ request }) => {
  await emulator(request).clearSettings();
});

for (const { form, spelled } of LINK_FORMS) {
  test(`the users list pages correctly with ${spelled}, never asking for more than 100`, async ({ page, request }) => {
    await emulator(request).setSettings({ linkForm: form, maxTop: 100 });
    const total = await userMemberCount(request);
    expect(total).toBeGreaterThan(100);
    const since = await lastRequestSeq(request);

    await signInAs(page, "manager", membersPath());
    await assertMembersPage(page);
    // Rita is past the first page; searching loads every page.
    await searchMembers(page, "rita");
    await expect(userRow(page, RITA.email)).toBeVisible();
    await searchMembers(page, "");
    await expect(page.getByTestId("users-total")).toHaveText(`${total} members`);

    const log = await requestLog(request, since);
    const lists = log.filter((r) => r.method === "GET" && /\/members\/users(\?|$)/i.test(r.url));
    // Every page was asked on the canonical path by $top/$skip: no link was followed.
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const r of lists) {
      expect(pathOfEntry(r).endsWith(USERS_PATH)).toBe(true);
      expect(r.status).toBe(200);
    }
    expect(lists.map(skipOf)).toContain(100);
    expect(log.filter((r) => NON_CANONICAL.test(pathOfEntry(r)))).toEqual([]);
    // No request of the whole session asked for more than 100 items, and none was refused for it.
    expect(log.filter((r) => (topOf(r) ?? 0) > 100)).toEqual([]);
    expect(log.filter((r) => r.status === 422)).toEqual([]);
  });
}
