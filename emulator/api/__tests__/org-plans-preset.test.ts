import { describe, expect, it } from "vitest";
import { LEAVING_PERSON, ORG_PLANS_ITWINS, seedOrgPlans, WIDE_GROUPS, WIDE_PERSON } from "../../data/seed-org";
import { isAccount } from "../../data/store";

describe("the org-plans preset", () => {
  const store = seedOrgPlans(Date.parse("2026-01-15T00:00:00Z"));
  const endeavors = [...store.itwins.values()].filter((t) => !isAccount(t));

  it("has 200 iTwins, on each of which the leaving person holds one role directly and nothing else", () => {
    expect(endeavors).toHaveLength(ORG_PLANS_ITWINS);
    for (const itwin of endeavors) {
      expect(itwin.userMembers.get(LEAVING_PERSON.id)).toHaveLength(1);
      expect(itwin.roles.has(itwin.userMembers.get(LEAVING_PERSON.id)![0]!)).toBe(true);
      expect(itwin.owners).not.toContain(LEAVING_PERSON.id);
      expect([...itwin.groups.values()].filter((g) => g.memberIds.includes(LEAVING_PERSON.id))).toEqual([]);
    }
  });

  it("puts the wide person in 24 groups of every iTwin besides a direct role: 25 changes an iTwin, 5,000 in all", () => {
    let changes = 0;
    for (const itwin of endeavors) {
      const groups = [...itwin.groups.values()].filter((g) => g.memberIds.includes(WIDE_PERSON.id));
      expect(groups).toHaveLength(WIDE_GROUPS);
      for (const g of groups) expect(g.memberIds.length).toBeLessThanOrEqual(50);
      changes += groups.length + (itwin.userMembers.has(WIDE_PERSON.id) ? 1 : 0) + (itwin.owners.includes(WIDE_PERSON.id) ? 1 : 0);
    }
    expect(changes).toBe(5000);
    expect(store.users.get(WIDE_PERSON.id)?.email).toBe(WIDE_PERSON.email);
  });
});
