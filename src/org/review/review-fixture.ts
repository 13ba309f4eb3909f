// A small organization index for the review tests: two iTwins, an Account role and group, a missing
// user, an outside e-mail, invitations and share links on either side of their expiry.
import type { OrgIndex } from "../index-queries";
import { createCampaign } from "./create";
import { pendingSnapshot, type ITwinSnapshot } from "../snapshot";

export const NOW = Date.parse("2026-06-01T00:00:00Z");

export const person = (id: string, givenName: string, domain = "corp.example") => ({
  id,
  email: `${givenName.toLowerCase()}@${domain}`,
  givenName,
  surname: "Doe",
});

const roles = [
  { id: "pm", displayName: "Project Manager", permissions: ["administration_manage_roles", "imodels_read"] },
  { id: "rd", displayName: "Reader", permissions: ["imodels_read"] },
];

function done(id: string, patch: Partial<ITwinSnapshot>): ITwinSnapshot {
  return { ...pendingSnapshot(id, `Bridge ${id}`, id), state: "done", snapshotAt: NOW - 1000, roles, groups: [], shares: [], ...patch };
}

export function reviewIndex(): OrgIndex {
  return {
    account: {
      id: "acct",
      displayName: "Org",
      snapshotAt: NOW,
      users: [],
      roles: [{ id: "aud", displayName: "Auditor", permissions: ["audit_read"] }],
      groups: [{ id: "ag", name: "Auditors", memberIds: ["q", "z"] }],
    },
    itwins: [
      done("A", {
        users: [
          { ...person("q", "Quinn"), roleIds: ["rd", "aud"] },
          { ...person("m", "Mia"), roleIds: ["pm"] },
          { ...person("x", "Xavi", "partner.example"), roleIds: [] },
        ],
        owners: [person("m", "Mia")],
        shares: [{ id: "s1", expiration: "2026-07-01T00:00:00Z" }],
      }),
      done("B", {
        users: [
          { ...person("m", "Mia"), roleIds: ["rd"] },
          { id: "gone", email: null, givenName: null, surname: null, roleIds: ["rd"] },
        ],
        groupMembers: [
          { id: "g1", name: "Team", roleIds: ["pm", "rd"] },
          { id: "ag", name: "Auditors", roleIds: ["aud"] },
        ],
        groups: [{ id: "g1", name: "Team", memberIds: ["q", "m"] }],
        owners: [person("m", "Mia"), person("q", "Quinn")],
        invitations: [
          { id: "inv-old", email: "Old@corp.example", status: "Pending", expirationDate: "2026-05-01T00:00:00Z" },
          { email: "new@corp.example", status: "Pending", expirationDate: "2026-07-01T00:00:00Z" },
        ],
        shares: [{ id: "s2", expiration: "2026-05-01T00:00:00Z" }],
      }),
      { ...pendingSnapshot("C", "Tunnel C", "C"), state: "failed", error: "503" },
    ],
  };
}

/** A campaign over the whole of the fixture index, started by Ada of "riverbend". */
export const fixtureCampaign = (id = "c1", now = NOW) =>
  createCampaign(reviewIndex(), {
    id,
    name: `Review ${id}`,
    organizationId: "riverbend",
    scope: { kind: "all" },
    reviewer: { id: "ada", name: "Ada Admin" },
    now,
  });
