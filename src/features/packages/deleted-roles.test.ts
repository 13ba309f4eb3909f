import { describe, expect, it } from "vitest";
import type { Role } from "../../api/wire";
import type { RoleChange } from "./assignment-diff";
import { deletedRoleEdits } from "./deleted-roles";

const role = (id: string, displayName: string): Role => ({ id, displayName, description: "", permissions: ["itwins_read"] });
const change = (iTwinRoleId: string): RoleChange => ({ iTwinRoleId, kind: "add", before: [], after: ["p1"], added: ["p1"], removed: [] });

describe("deletedRoleEdits", () => {
  it("reports the edits of a role that was listed when editing began and is no longer on the server", () => {
    const reader = role("R-1", "Reader");
    const writer = role("r-2", "Writer");
    expect(deletedRoleEdits([change("r-1"), change("r-2")], [reader, writer], [writer])).toEqual([{ role: reader, change: change("r-1") }]);
  });

  it("leaves alone a role the list never had (it is only named by an assignment) and roles still there", () => {
    expect(deletedRoleEdits([change("r-9"), change("r-2")], [role("r-2", "Writer")], [role("r-2", "Writer")])).toEqual([]);
  });
});
