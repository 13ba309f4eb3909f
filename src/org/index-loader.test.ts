import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { accessOf, iTwinRows, people, peopleIndex, type OrgIndex } from "./index-queries";
import { createIndexLoader, peopleOf } from "./index-loader";
import { rowOf } from "./itwin-summary";
import { clearOrgIndexes, openOrgDb, orgDbName, putSnapshot, putSnapshots, readDirectory, type CrawlMeta, type OrgDb } from "./org-db";
import { pendingSnapshot, type ITwinSnapshot } from "./snapshot";
import { accountSnapshot, doneSnapshot, testPerson as person } from "../test/org-snapshot";

const NOW = Date.parse("2026-06-01T00:00:00Z");
const roles = [
  { id: "pm", displayName: "Project Manager", permissions: ["administration_manage_roles"] },
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
];
const account = accountSnapshot({
  displayName: "Org",
  snapshotAt: NOW,
  roles: [{ id: "adm", displayName: "Admin", permissions: ["administration_invite_member"] }],
  groups: [{ id: "ag", name: "Auditors", memberIds: ["q"] }],
});
const done = (id: string, name: string, patch: Partial<ITwinSnapshot>) =>
  doneSnapshot(id, roles, { displayName: name, snapshotAt: NOW, ...patch });
const itwins = [
  done("B", "Bridge", {
    users: [
      { ...person("q", "Quinn"), roleIds: ["rd"] },
      { id: "gone", email: null, givenName: null, surname: null, roleIds: ["adm"] },
    ],
    groupMembers: [{ id: "ag", name: "Auditors", roleIds: ["pm"] }],
    owners: [person("m", "Mia")],
    invitations: [
      { email: "a@x", status: "Pending", expirationDate: "2026-05-01T00:00:00Z" },
      { email: "b@x", status: "Pending", expirationDate: "2026-07-01T00:00:00Z" },
    ],
    shares: [{ id: "s", expiration: "2026-07-01T00:00:00Z" }],
  }),
  done("A", "Airport", { users: [{ ...person("m", "Mia"), roleIds: ["pm"] }], owners: [] }),
  pendingSnapshot("C", "Canal", "C"),
];

async function seeded(): Promise<OrgDb> {
  const db = openOrgDb("me", "org");
  const meta: CrawlMeta = { key: "crawl", listed: true, listedAt: NOW, account };
  await db.meta.put(meta);
  await putSnapshots(db, itwins);
  return db;
}

const sorted = (list: ITwinSnapshot[]) => [...list].sort((a, b) => a.displayName.localeCompare(b.displayName));

afterEach(() => clearOrgIndexes());

describe("reading the organization index back", () => {
  it("lists every iTwin with the table's counts and flags before any member is parsed", async () => {
    const db = await seeded();
    const light = await createIndexLoader(db).light();
    const expected = iTwinRows({ itwins: sorted(itwins), account }, NOW);
    expect(light.itwins.map((t) => rowOf(t, NOW))).toEqual(expected);
    expect(expected.find((r) => r.id === "B")).toMatchObject({
      privileged: 2,
      expiredInvitations: 1,
      pendingInvitations: 1,
      activeShares: 1,
    });
    db.close();
  });

  it("parses every iTwin's facts a chunk at a time into the index the views had before", async () => {
    const db = await seeded();
    const loader = createIndexLoader(db);
    const light = await loader.light();
    const seen: number[] = [];
    const full = await loader.full(light, (n) => seen.push(n));
    expect(full).toEqual({ itwins: sorted(itwins), account });
    expect(seen.at(-1)).toBe(3);
    expect(loader.parsed(light.itwins)).toBe(3);
    db.close();
  });

  it("once the directory is stored, a reload finds people and where they appear without the facts", async () => {
    const db = await seeded();
    const first = createIndexLoader(db);
    const light = await first.light();
    expect(light.people).toBeNull();
    const full = await first.full(light);
    const all = peopleOf(light, full);
    await first.saveDirectory(full, all);

    const reloaded = await createIndexLoader(db).light();
    expect(reloaded.people?.list()).toEqual(people(full));
    const quinn = reloaded.people!.byId("q")!;
    const part: OrgIndex = { itwins: await createIndexLoader(db).snapshots(quinn.at.map((i) => reloaded.itwins[i]!)), account };
    expect(accessOf(part, "q")).toEqual(accessOf(full, "q"));
    db.close();
  });

  it("keeps the directory in columns: people and their iTwins come back as they were, also once iTwins sort in before theirs", async () => {
    const db = await seeded();
    const loader = createIndexLoader(db);
    const light = await loader.light();
    const full = await loader.full(light);
    await loader.saveDirectory(full, peopleOf(light, full));
    const stored = await readDirectory(db);
    expect(stored).toMatchObject({ format: 3, count: people(full).length, itwinCount: 3 });
    expect(Object.prototype.toString.call(stored!.positions)).toBe("[object Uint32Array]");
    expect((await createIndexLoader(db).light()).people?.list()).toEqual(people(full));

    // An iTwin named to sort first, listed without its facts: every stored position moves by one.
    await db.itwins.put({ ...(await db.itwins.get("C"))!, id: "0", displayName: "Aaa" });
    const shifted = await createIndexLoader(db).light();
    const mia = shifted.people!.byId("m")!;
    expect(mia.at.map((i) => shifted.itwins[i]!.id)).toEqual(["A", "B"]);
    db.close();
  });

  it("reads the directory once while no iTwin is read again, and again once one is", async () => {
    const db = await seeded();
    const first = createIndexLoader(db);
    const light = await first.light();
    const full = await first.full(light);
    await first.saveDirectory(full, peopleOf(light, full));
    const loader = createIndexLoader(db);
    const all = (await loader.light()).people;
    expect(all?.list()).toEqual(people(full));
    // Gone from storage behind its back: the loader still answers from the people it built.
    await db.meta.delete("people");
    expect((await loader.light()).people).toBe(all);
    await putSnapshot(db, done("C", "Canal", { snapshotAt: NOW + 1, users: [{ ...person("z", "Zoe"), roleIds: ["rd"] }] }));
    expect((await loader.light()).people).toBeNull();
    db.close();
  });

  it("asked again for the same version of the stored index, answers from the read already made; a new version reads again", async () => {
    const db = await seeded();
    const loader = createIndexLoader(db);
    const first = loader.light(0);
    expect(loader.light(0)).toBe(first);
    await putSnapshot(db, done("C", "Canal", { snapshotAt: NOW + 1 }));
    const again = await loader.light(1);
    expect(again).not.toBe(await first);
    expect(again.itwins.find((t) => t.id === "C")?.state).toBe("done");
    db.close();
  });

  it("ignores a directory stored in an earlier form, and one whose names cannot be kept in columns is not stored", async () => {
    const db = await seeded();
    await db.meta.put({ key: "people", json: "[[],[]]" } as unknown as Parameters<typeof db.meta.put>[0]);
    const loader = createIndexLoader(db);
    const light = await loader.light();
    expect(light.people).toBeNull();
    const full = await loader.full(light);
    const odd = peopleIndex(
      peopleOf(light, full)
        .list()
        .map((p) => (p.id === "q" ? { ...p, surname: "Doe\u0000Jr" } : p)),
    );
    await db.meta.delete("people");
    await loader.saveDirectory(full, odd);
    expect(await readDirectory(db)).toBeUndefined();
    db.close();
  });

  it("drops the directory when any iTwin's facts change, and does not store one read before a change", async () => {
    const db = await seeded();
    const loader = createIndexLoader(db);
    const light = await loader.light();
    const full = await loader.full(light);
    await loader.saveDirectory(full, peopleOf(light, full));
    expect(await readDirectory(db)).toBeDefined();

    const readAgain = done("C", "Canal", { snapshotAt: NOW + 1, users: [{ ...person("z", "Zoe"), roleIds: ["rd"] }] });
    await putSnapshot(db, readAgain);
    expect(await readDirectory(db)).toBeUndefined();
    await loader.saveDirectory(full, peopleOf(light, full));
    expect(await readDirectory(db)).toBeUndefined();

    const fresh = await loader.light();
    const now = await loader.full(fresh);
    expect(now.itwins.find((t) => t.id === "C")?.users.map((u) => u.id)).toEqual(["z"]);
    expect(people(now).some((p) => p.id === "z")).toBe(true);
    db.close();
  });

  it("a parsed iTwin shows its current state: a failed refresh keeps its facts but says it failed", async () => {
    const db = await seeded();
    const loader = createIndexLoader(db);
    await loader.full(await loader.light());
    await db.itwins.update("A", { state: "failed", error: "500: broke" });
    const full = await loader.full(await loader.light());
    expect(full.itwins.find((t) => t.id === "A")).toMatchObject({ state: "failed", error: "500: broke", users: [{ id: "m" }] });
    db.close();
  });

  it("an index kept with facts inside each row opens with its counts worked out, nothing crawled again", async () => {
    const old = new Dexie(orgDbName("me", "org"));
    old.version(2).stores({ itwins: "id, state", meta: "key" });
    const { roles: r, users, groupMembers, groups, owners, invitations, shares, ...header } = itwins[0]!;
    await old
      .table("itwins")
      .put({ ...header, facts: JSON.stringify({ roles: r, users, groupMembers, groups, owners, invitations, shares }) });
    await old.table("meta").put({ key: "crawl", listed: true, listedAt: NOW, account });
    old.close();
    const db = openOrgDb("me", "org");
    const loader = createIndexLoader(db);
    const light = await loader.light();
    expect(light.itwins.map((t) => rowOf(t, NOW))).toEqual(iTwinRows({ itwins: [itwins[0]!], account }, NOW));
    expect((await loader.full(light)).itwins).toEqual([itwins[0]]);
    db.close();
  });
});
