// An iTwin of the organization index whose facts are in, for unit tests of questions over the index.
import { pendingSnapshot, type ITwinSnapshot, type RoleFact } from "../org/snapshot";

export function doneSnapshot(id: string, roles: RoleFact[], patch: Partial<ITwinSnapshot> = {}): ITwinSnapshot {
  return { ...pendingSnapshot(id, `iTwin ${id}`, id), state: "done", snapshotAt: 1, roles, groups: [], shares: [], ...patch };
}
