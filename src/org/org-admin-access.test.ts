import { describe, expect, it } from "vitest";
import { accessOf, grantLabel, people, peopleIndex, type OrgIndex } from "./index-queries";
import { withOrgAdminRoute, withSignedInAdmin } from "./org-admin-access";
import { doneSnapshot } from "../test/org-snapshot";

const reader = { id: "rd", displayName: "Reader", permissions: ["imodels_read"] };
const ada = { id: "ada", email: "ada.admin@x.example", givenName: "Ada", surname: "Admin" };
const bo = { id: "bo", email: "bo@x.example", givenName: "Bo", surname: "Admin" };
const index: OrgIndex = {
  account: null,
  itwins: [
    doneSnapshot("A", [reader], { displayName: "Alpha", users: [{ ...bo, roleIds: ["rd"] }] }),
    doneSnapshot("B", [reader], { displayName: "Beta", users: [{ ...ada, roleIds: ["rd"] }] }),
    doneSnapshot("C", [reader], { displayName: "Gamma" }),
  ],
};
const listed = index.itwins.map((t) => ({ id: t.id, displayName: t.displayName, snapshotAt: t.snapshotAt }));
const account = { id: "acct", displayName: "Riverbend", snapshotAt: 5 };

describe("the signed-in organization administrator", () => {
  it("is found by name or e-mail though the index has no trace of them, before the others who match", () => {
    const indexed = peopleIndex(people({ account: null, itwins: [index.itwins[0]!] }));
    const all = withSignedInAdmin(indexed, ada);
    expect(all.search("admin").map((p) => p.name)).toEqual(["Ada Admin", "Bo Admin"]);
    expect(all.search("ada.admin@").map((p) => p.id)).toEqual(["ada"]);
    expect(all.search("admin", 1).map((p) => p.id)).toEqual(["ada"]);
    // A search the administrator does not match gets as many people as it asks for.
    const bob = { id: "bob", email: "bob@x.example", givenName: "Bob", surname: "Builder" };
    const two = withSignedInAdmin(
      peopleIndex(
        people({
          account: null,
          itwins: [
            doneSnapshot("D", [reader], {
              users: [
                { ...bo, roleIds: ["rd"] },
                { ...bob, roleIds: ["rd"] },
              ],
            }),
          ],
        }),
      ),
      ada,
    );
    expect(
      two
        .search("bo", 2)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["bo", "bob"]);
    expect(all.byId("ada")?.at).toEqual([]);
    expect(all.size).toBe(2);
    expect(withSignedInAdmin(indexed, null)).toBe(indexed);
  });

  it("is the indexed person when they are a member somewhere, not a second one", () => {
    const indexed = peopleIndex(people(index));
    expect(withSignedInAdmin(indexed, ada).search("ada")).toHaveLength(1);
  });

  it("administers every iTwin listed and the Account iTwin, beside the roles held as a member", () => {
    const access = withOrgAdminRoute(accessOf(index, "ada"), listed, account);
    expect(access.map((a) => [a.iTwinName, a.grants.map(grantLabel)])).toEqual([
      ["Riverbend", ["Organization administrator"]],
      ["Alpha", ["Organization administrator"]],
      ["Beta", ["Reader (direct)", "Organization administrator"]],
      ["Gamma", ["Organization administrator"]],
    ]);
    // Administration is no role of theirs: only the member role's permissions are counted.
    expect(access.find((a) => a.iTwinId === "B")?.permissions).toEqual(["imodels_read"]);
    expect(access.find((a) => a.iTwinId === "A")?.permissions).toEqual([]);
  });

  it("is given the route once, however often the access is worked out", () => {
    const once = withOrgAdminRoute([], listed, null);
    const twice = withOrgAdminRoute(once, listed, null);
    expect(twice.map((a) => a.grants.length)).toEqual([1, 1, 1]);
  });
});
