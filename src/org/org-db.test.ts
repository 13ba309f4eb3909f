import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { clearOrgIndexes, getSnapshot, openOrgDb, orgDbName, packSnapshot, putSnapshot, readSnapshots, unpackSnapshot } from "./org-db";
import { pendingSnapshot, type ITwinSnapshot } from "./snapshot";

const snapshot: ITwinSnapshot = {
  ...pendingSnapshot("t1", "Bridge", "N1"),
  state: "done",
  snapshotAt: 1_700_000_000_000,
  roles: [{ id: "r1", displayName: "Reader", permissions: ["imodels_read"] }],
  users: [
    { id: "u1", email: "una@x", givenName: "Una", surname: "One", roleIds: ["r1", "r2"] },
    { id: "gone", email: null, givenName: null, surname: null, roleIds: [] },
  ],
  groupMembers: [{ id: "g1", name: "Team", roleIds: ["r1"] }],
  groups: [{ id: "g1", name: "Team", memberIds: ["u1"] }],
  owners: [{ id: "u1", email: "una@x", givenName: "Una", surname: "One" }],
  invitations: [{ email: "guest@x", status: "Pending", expirationDate: "2026-01-01T00:00:00Z" }],
  shares: null,
};

afterEach(() => clearOrgIndexes());

describe("organization index storage", () => {
  it("keeps every fact of an iTwin, missing users and unknown shares included", async () => {
    expect(unpackSnapshot(packSnapshot(snapshot))).toEqual(snapshot);
    const db = openOrgDb("me", "org");
    await putSnapshot(db, snapshot);
    expect(await getSnapshot(db, "t1")).toEqual(snapshot);
    expect(await readSnapshots(db)).toEqual([snapshot]);
    db.close();
  });

  it("opens an index kept in the earlier layout without crawling it again", async () => {
    const old = new Dexie(orgDbName("me", "org"));
    old.version(1).stores({ itwins: "id, state", meta: "key" });
    await old.table("itwins").put(snapshot);
    old.close();
    const db = openOrgDb("me", "org");
    expect(await readSnapshots(db)).toEqual([snapshot]);
    expect(await db.itwins.where("state").equals("done").count()).toBe(1);
    db.close();
  });
});
