import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { clientFrom, type RequestOptions } from "../api/operation-request";
import { createCrawler } from "./crawler";
import { clearOrgIndexes, getSnapshot, openOrgDb, readMeta, type CrawlMeta } from "./org-db";
import { createPacer } from "./pacer";

const ITWINS = Array.from({ length: 5 }, (_, i) => ({
  id: `t${i + 1}`,
  displayName: `iTwin ${i + 1}`,
  number: `N${i + 1}`,
  class: "Endeavor",
}));
const ACCOUNT = { id: "acct", displayName: "Riverbend", class: "Account" };

/** A fake Access Control + iTwins server; records every path asked. */
function fakeServer(opts: { forbidden?: string[]; failing?: Set<string>; limited?: Set<string> } = {}) {
  const asked: string[] = [];
  const send = async <T>(o: RequestOptions<T>): Promise<T> => {
    const url =
      o.path +
      (o.query ? `?${new URLSearchParams(Object.entries(o.query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))}` : "");
    asked.push(url);
    await Promise.resolve();
    if (o.path === "/itwins") {
      const skip = Number(o.query?.$skip ?? 0);
      expect(o.headers?.["x-itwin-query-scope"]).toBe("OrganizationAdmin");
      return { iTwins: skip === 0 ? [...ITWINS, ACCOUNT] : [] } as T;
    }
    const id = o.path.split("/")[3]!;
    if (opts.forbidden?.includes(id)) throw new ApiError({ status: 403, kind: "http", code: "InsufficientPermissions", message: "no" });
    if (opts.failing?.has(id)) throw new ApiError({ status: 503, kind: "http", code: "ServiceUnavailable", message: "down" });
    if (opts.limited?.delete(url))
      throw new ApiError({ status: 429, kind: "http", code: "RateLimitExceeded", message: "slow down", retryAfterSeconds: 0.01 });
    const tail = o.path.split("/").slice(4).join("/");
    const answers: Record<string, unknown> = {
      roles: { roles: [{ id: `${id}-r1`, displayName: "Project Manager", permissions: ["administration_manage_roles"] }] },
      "members/users": {
        members: [
          { id: "u1", email: "u1@x", givenName: "Una", surname: "One", roles: [{ id: `${id}-r1`, displayName: "Project Manager" }] },
        ],
      },
      "members/groups": { members: [] },
      "members/owners": { members: [{ id: "o1", email: "o1@x", givenName: "Owen", surname: "Owner" }] },
      "members/invitations": {
        invitations: [
          {
            id: `${id}-inv1`,
            email: "guest@x",
            invitedByEmail: "o1@x",
            status: "Pending",
            createdDate: "2026-01-01T00:00:00Z",
            expirationDate: "2026-01-08T00:00:00Z",
          },
        ],
      },
      shares: { shares: [] },
      groups: { groups: [] },
    };
    return answers[tail] as T;
  };
  return { asked, client: clientFrom(send) };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

const fastPacer = () => createPacer({ perMinute: 1_000_000, concurrency: 3 });

afterEach(() => clearOrgIndexes());

describe("organization crawl", () => {
  it("indexes every iTwin once and reads the Account iTwin's roles and groups", async () => {
    const server = fakeServer();
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer() });
    await crawler.start();
    const p = crawler.progress.getSnapshot();
    expect(p).toMatchObject({ phase: "done", total: 5, finished: 5, failed: 0 });
    expect(new Set(server.asked).size).toBe(server.asked.length);
    expect(server.asked).toContain("/accesscontrol/itwins/acct/roles");
    expect((await getSnapshot(db, "t3"))?.owners[0]?.email).toBe("o1@x");
    // A pending invitation is kept with its id, so that a plan can cancel it.
    expect((await getSnapshot(db, "t3"))?.invitations).toEqual([
      { id: "t3-inv1", email: "guest@x", status: "Pending", expirationDate: "2026-01-08T00:00:00Z" },
    ]);
    db.close();
  });

  it("reads the Account iTwin's own members with one request a page, and again when asked for it", async () => {
    const server = fakeServer();
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer() });
    await crawler.start();
    const accountAsks = () => server.asked.filter((u) => u.startsWith("/accesscontrol/itwins/acct/"));
    expect(accountAsks()).toEqual([
      "/accesscontrol/itwins/acct/roles",
      "/accesscontrol/itwins/acct/groups?%24top=100",
      "/accesscontrol/itwins/acct/members/users?%24top=100",
    ]);
    expect((await readMeta(db)).account?.users).toEqual([
      { id: "u1", email: "u1@x", givenName: "Una", surname: "One", roleIds: ["acct-r1"] },
    ]);

    // Another iTwin's refresh leaves the account alone; naming the account reads it again.
    await crawler.refresh(["t2"]);
    expect(accountAsks()).toHaveLength(3);
    await crawler.refresh(["acct"]);
    expect(accountAsks()).toHaveLength(6);
    db.close();
  });

  it("reads the Account iTwin's members once for an index kept before they were read", async () => {
    const db = openOrgDb("user-1", "org");
    await createCrawler({ client: fakeServer().client, db, perMinute: 500, pacer: fastPacer() }).start();
    const meta = await readMeta(db);
    const { users: _users, ...older } = meta.account!;
    const kept: CrawlMeta = { ...meta, account: older as CrawlMeta["account"] };
    await db.meta.put(kept);
    db.close();

    const server = fakeServer();
    const reopened = openOrgDb("user-1", "org");
    await createCrawler({ client: server.client, db: reopened, perMinute: 500, pacer: fastPacer() }).start();
    expect(server.asked.filter((u) => u.includes("/acct/members/users"))).toHaveLength(1);
    expect((await readMeta(reopened)).account?.users).toHaveLength(1);
    expect(server.asked.some((u) => u.startsWith("/itwins"))).toBe(false);
    reopened.close();
  });

  it("resumes after a reload without asking again for iTwins already in", async () => {
    const first = fakeServer({ failing: new Set(["t4", "t5"]) });
    const db = openOrgDb("user-1", "org");
    await createCrawler({ client: first.client, db, perMinute: 500, pacer: fastPacer() }).start();
    // The failed ones wait for a retry; mark them pending as a tab closed mid-crawl would leave them.
    await db.itwins.where("state").equals("failed").modify({ state: "pending" });
    db.close();

    const second = fakeServer();
    const reopened = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: second.client, db: reopened, perMinute: 500, pacer: fastPacer() });
    await crawler.start();
    expect(second.asked.some((u) => u.startsWith("/itwins"))).toBe(false);
    expect(second.asked.filter((u) => u.includes("/t1/") || u.includes("/t2/") || u.includes("/t3/"))).toEqual([]);
    expect(second.asked.some((u) => u.includes("/t4/"))).toBe(true);
    expect(crawler.progress.getSnapshot()).toMatchObject({ finished: 5, failed: 0 });
    reopened.close();
  });

  it("a reload of a finished index asks for nothing and is done at once, telling views it changed only when it did", async () => {
    const db = openOrgDb("user-1", "org");
    await createCrawler({ client: fakeServer().client, db, perMinute: 500, pacer: fastPacer() }).start();
    db.close();

    const server = fakeServer();
    const reopened = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db: reopened, perMinute: 500, pacer: fastPacer() });
    const phases: string[] = [];
    crawler.progress.subscribe(() => phases.push(crawler.progress.getSnapshot().phase));
    await crawler.start();
    expect(server.asked).toEqual([]);
    expect(crawler.progress.getSnapshot()).toMatchObject({ phase: "done", total: 5, finished: 5, version: 0 });
    expect(phases).not.toContain("crawling");
    // Reading one again is a change: the views hear of it.
    await crawler.refresh(["t2"]);
    expect(crawler.progress.getSnapshot().version).toBeGreaterThan(0);
    reopened.close();
  });

  it("records a 403 as no access and a failing iTwin as failed until it is retried", async () => {
    const failing = new Set(["t2"]);
    const server = fakeServer({ forbidden: ["t1"], failing });
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer() });
    await crawler.start();
    expect(crawler.progress.getSnapshot()).toMatchObject({ finished: 4, noAccess: 1, failed: 1 });
    expect((await db.itwins.get("t2"))?.error).toMatch(/503/);
    failing.clear();
    await crawler.refresh(["t2"]);
    expect(crawler.progress.getSnapshot()).toMatchObject({ finished: 5, failed: 0 });
    db.close();
  });

  it("sends a request refused with 429 again after its Retry-After, and nothing else twice", async () => {
    const server = fakeServer({ limited: new Set(["/accesscontrol/itwins/t2/members/users?%24top=100"]) });
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer() });
    await crawler.start();
    expect(crawler.progress.getSnapshot()).toMatchObject({ finished: 5, failed: 0 });
    const twice = server.asked.filter((u, i) => server.asked.indexOf(u) !== i);
    expect(twice).toEqual(["/accesscontrol/itwins/t2/members/users?%24top=100"]);
    db.close();
  });

  it("pauses before the next iTwin, resumes where it stopped, and a cancelled crawl goes on when resumed", async () => {
    const server = fakeServer();
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer() });
    const progress = () => crawler.progress.getSnapshot();
    const started = crawler.start();
    crawler.pause();
    await until(() => progress().total === 5);
    await new Promise((r) => setTimeout(r, 20));
    expect(progress()).toMatchObject({ phase: "paused", finished: 0 });
    expect(server.asked.filter((u) => /\/t\d\//.test(u))).toEqual([]);
    crawler.resume();
    await started;
    expect(progress()).toMatchObject({ phase: "done", finished: 5 });

    const again = openOrgDb("user-2", "org");
    const second = fakeServer();
    const other = createCrawler({ client: second.client, db: again, perMinute: 500, pacer: fastPacer() });
    other.pause();
    void other.start();
    await until(() => other.progress.getSnapshot().total === 5);
    other.cancel();
    expect(other.progress.getSnapshot()).toMatchObject({ phase: "cancelled", finished: 0 });
    other.resume();
    await until(() => other.progress.getSnapshot().phase === "done");
    expect(other.progress.getSnapshot()).toMatchObject({ finished: 5, failed: 0 });
    expect(second.asked.filter((u) => u.startsWith("/itwins"))).toHaveLength(1);
    db.close();
    again.close();
  });

  it("refreshes one iTwin on demand, or every one, asking only for those and keeping their earlier facts meanwhile", async () => {
    let clock = 1_000;
    const server = fakeServer();
    const db = openOrgDb("user-1", "org");
    const crawler = createCrawler({ client: server.client, db, perMinute: 500, pacer: fastPacer(), now: () => clock });
    await crawler.start();
    const before = server.asked.length;
    clock = 2_000;
    await crawler.refresh(["t3"]);
    const asked = server.asked.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => u.includes("/t3/"))).toBe(true);
    expect((await getSnapshot(db, "t3"))?.snapshotAt).toBe(2_000);
    expect((await getSnapshot(db, "t2"))?.snapshotAt).toBe(1_000);

    const all = server.asked.length;
    clock = 3_000;
    const refreshing = crawler.refresh("all");
    await until(() => crawler.progress.getSnapshot().phase === "crawling");
    expect((await getSnapshot(db, "t5"))?.users).toHaveLength(1);
    await refreshing;
    const again = server.asked.slice(all);
    expect(again.some((u) => u.startsWith("/itwins"))).toBe(false);
    for (const id of ["t1", "t2", "t3", "t4", "t5"]) expect(again).toContain(`/accesscontrol/itwins/${id}/roles`);
    expect(crawler.progress.getSnapshot()).toMatchObject({ phase: "done", finished: 5 });
    db.close();
  });

  it("keeps each user's index apart and sign-out deletes them all", async () => {
    const db = openOrgDb("user-1", "org");
    await createCrawler({ client: fakeServer().client, db, perMinute: 500, pacer: fastPacer() }).start();
    db.close();
    const other = openOrgDb("user-2", "org");
    expect(await other.itwins.count()).toBe(0);
    other.close();
    await clearOrgIndexes();
    const again = openOrgDb("user-1", "org");
    expect(await again.itwins.count()).toBe(0);
    again.close();
  });
});
