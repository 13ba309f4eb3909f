// What the organization index keeps per iTwin: only the facts its questions need, never a token.
export type ITwinState = "pending" | "done" | "noAccess" | "failed";

export interface PersonRef {
  id: string;
  email: string | null;
  givenName: string | null;
  surname: string | null;
}

export interface RoleFact {
  id: string;
  displayName: string;
  permissions: string[];
}

export interface GroupFact {
  id: string;
  name: string;
  /** User ids in the group; null when the caller may not read the group's definition. */
  memberIds: string[] | null;
}

export interface ITwinSnapshot {
  id: string;
  displayName: string;
  number: string | null;
  state: ITwinState;
  /** When its facts were read (ms since epoch); null until then. */
  snapshotAt: number | null;
  /** Why the last attempt failed, for the report. */
  error?: string;
  roles: RoleFact[];
  users: (PersonRef & { roleIds: string[] })[];
  /** Groups holding roles on the iTwin (group members). */
  groupMembers: { id: string; name: string; roleIds: string[] }[];
  /** Definitions of the iTwin's own groups; null when they could not be read. */
  groups: GroupFact[] | null;
  owners: PersonRef[];
  /** `id` is absent in indexes stored before it was kept: such an invitation cannot be cancelled from a plan until the next crawl. */
  invitations: { id?: string; email: string; status: string; expirationDate: string }[];
  /** null when the share links could not be read. */
  shares: { id: string; expiration: string }[] | null;
}

/** The Account iTwin's roles and groups, which every iTwin of the organization may use. */
export interface AccountSnapshot {
  id: string;
  displayName: string;
  roles: RoleFact[];
  groups: GroupFact[];
  snapshotAt: number;
}

export function pendingSnapshot(id: string, displayName: string, number: string | null): ITwinSnapshot {
  return {
    id,
    displayName,
    number,
    state: "pending",
    snapshotAt: null,
    roles: [],
    users: [],
    groupMembers: [],
    groups: null,
    owners: [],
    invitations: [],
    shares: null,
  };
}

export function personName(p: PersonRef): string {
  const name = [p.givenName, p.surname].filter(Boolean).join(" ");
  return name || p.email || `Missing user (${p.id})`;
}
