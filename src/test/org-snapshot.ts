// The organization index as unit tests build it: an iTwin whose facts are in, the Account iTwin, a person,
// and an iTwin whose read failed. Each takes a patch for what a test makes different.
import { pendingSnapshot, type AccountSnapshot, type ITwinSnapshot, type RoleFact } from "../org/snapshot";

export function doneSnapshot(id: string, roles: RoleFact[], patch: Partial<ITwinSnapshot> = {}): ITwinSnapshot {
  return { ...pendingSnapshot(id, `iTwin ${id}`, id), state: "done", snapshotAt: 1, roles, groups: [], shares: [], ...patch };
}

export function failedSnapshot(id: string): ITwinSnapshot {
  return { ...pendingSnapshot(id, `iTwin ${id}`, id), state: "failed", error: "503" };
}

export const AUDITOR: RoleFact = { id: "aud", displayName: "Auditor", permissions: ["audit_read"] };

/** The Account iTwin: an Auditor role, no groups and no members unless the patch gives some. */
export function accountSnapshot(patch: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return { id: "acct", displayName: "Riverbend", snapshotAt: 1, roles: [AUDITOR], groups: [], users: [], ...patch };
}

export const testPerson = (id: string, givenName: string, surname = "Doe") => ({
  id,
  email: `${givenName.toLowerCase()}@x.example`,
  givenName,
  surname,
});
