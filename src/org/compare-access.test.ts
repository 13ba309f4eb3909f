import { describe, expect, it } from "vitest";
import { compareAccess } from "./compare-access";
import type { ITwinAccess } from "./index-queries";

const reader = { route: "direct" as const, role: "Reader", permissions: ["imodels_read"] };
const manager = {
  route: "group" as const,
  role: "Project Manager",
  via: "Team",
  permissions: ["administration_manage_roles", "imodels_read"],
};
const owner = { route: "owner" as const, role: null, permissions: [] };
const on = (id: string, grants: ITwinAccess["grants"]): ITwinAccess => ({
  iTwinId: id,
  iTwinName: `iTwin ${id}`,
  snapshotAt: 1,
  grants,
  permissions: [...new Set(grants.flatMap((g) => g.permissions))].sort(),
});

describe("compareAccess", () => {
  it("marks an iTwin only one of the two can reach, and one where they hold the same, as such", () => {
    const rows = compareAccess([on("A", [reader]), on("B", [reader])], [on("B", [reader])]);
    expect(rows.map((r) => [r.iTwinName, r.differs, r.onlyLeft, r.onlyRight])).toEqual([
      ["iTwin A", true, ["Reader (direct)"], []],
      ["iTwin B", false, [], []],
    ]);
    expect(rows[0]!.right.grants).toEqual([]);
  });

  it("names the grants and permissions each has that the other lacks on the same iTwin", () => {
    const [row] = compareAccess([on("A", [reader])], [on("A", [manager])]);
    expect(row!.onlyLeft).toEqual(["Reader (direct)"]);
    expect(row!.onlyRight).toEqual(["Project Manager (via group Team)"]);
    expect(row!.permissionsOnlyLeft).toEqual([]);
    expect(row!.permissionsOnlyRight).toEqual(["administration_manage_roles"]);
    expect(row!.differs).toBe(true);
  });

  it("counts no permission as missing from an owner, who has them all, but still shows the different grants", () => {
    const [row] = compareAccess([on("A", [owner])], [on("A", [manager])]);
    expect(row!.permissionsOnlyRight).toEqual([]);
    expect(row!.onlyLeft).toEqual(["Owner"]);
    expect(row!.differs).toBe(true);
  });
});
