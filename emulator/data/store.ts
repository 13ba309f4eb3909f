// In-memory state of the emulated platform. Plain records keyed by id; the API routes turn them into
// wire shapes (emulator/api/views.ts). Maps keep insertion order, which is the order lists page in.

export interface UserRecord {
  id: string;
  email: string | null;
  givenName: string | null;
  surname: string | null;
  organization: string | null;
  /** Deleted from IMS but still a member somewhere: every profile field is null on the wire. */
  missing?: boolean;
  orgAdmin?: boolean;
}

export interface RoleRecord {
  id: string;
  displayName: string;
  description: string;
  permissions: string[];
  type: "Default" | "Custom";
}

export interface InvitationRecord {
  id: string;
  email: string;
  invitedById: string;
  invitedByEmail: string;
  status: "Pending" | "Accepted";
  createdDate: string;
  expirationDate: string;
  roleIds: string[];
}

export interface GroupRecord {
  id: string;
  name: string;
  description: string;
  memberIds: string[];
  imsGroups: string[];
  /** External e-mails put in the group: they wait as group invitations. */
  invitations: InvitationRecord[];
}

export interface ITwinRecord {
  id: string;
  class: string;
  subClass: string;
  type: string | null;
  number: string;
  displayName: string;
  status: "Active" | "Inactive" | "Trial";
  geographicLocation: string;
  dataCenterLocation: string;
  ianaTimeZone: string;
  iTwinAccountId: string;
  createdDateTime: string;
  createdBy: string;
  roles: Map<string, RoleRecord>;
  /** user id → role ids held directly. */
  userMembers: Map<string, string[]>;
  /** group id → role ids held by the group on this iTwin. */
  groupMembers: Map<string, string[]>;
  owners: string[];
  invitations: InvitationRecord[];
  groups: Map<string, GroupRecord>;
  /** package uniqueName → (iTwin role id → package role ids). */
  edfs: Map<string, Map<string, string[]>>;
  /** The organization's Account iTwin, whose roles and groups every iTwin of it may use (absent on the Account iTwin itself). */
  account?: ITwinRecord;
}

export interface PackageRecord {
  subscriptionId: string;
  version: string;
  uniqueName: string;
  name: string;
  description: string;
  subscribedBy: string;
  subscribedByName: string;
  subscribedOn: string;
  projectStage: "Preview" | "Current";
  isOdata: boolean;
  inputExample: string;
  responseExample: string;
  lastChange: string;
}

export interface PackageRoleRecord {
  roleId: string;
  name: string;
  description: string;
  /** The caller must hold all of these to assign or unassign the package role. */
  permissions: string[];
}

export type JobActionType = "assignRoles" | "unassignRoles" | "removeMembers";

export interface JobAction {
  email: string;
  roleIds?: string[];
}

export interface JobRecord {
  id: string;
  itwinId: string;
  status: "Active" | "Completed" | "PartialCompleted" | "Failed";
  /** As submitted. */
  actions: Partial<Record<JobActionType, JobAction[]>>;
  /** One detail per failed action, its target naming the action (e.g. "assignRoles[1].email"). */
  errors: { code: string; message: string; target?: string }[];
  /** Who submitted it: the actions run with this caller's view of the directory. */
  createdBy: string;
}

/** A control rule: the next matching job action fails (test set-up). */
export interface JobActionFailure {
  email: string;
  action?: JobActionType;
  remaining: number;
}

export interface ShareRecord {
  id: string;
  iTwinId: string;
  shareContract: string;
  expiration: string;
  shareKey: string;
}

export interface Store {
  preset: "demo" | "large" | "org" | "org-small" | "org-plans";
  organization: string;
  permissions: string[];
  users: Map<string, UserRecord>;
  /** lower-cased e-mail → user id, for add-by-email. */
  usersByEmail: Map<string, string>;
  itwins: Map<string, ITwinRecord>;
  packages: Map<string, PackageRecord>;
  packageRoles: PackageRoleRecord[];
  favorites: Map<string, string[]>;
  /** newest first, at most 25 per user. */
  recents: Map<string, string[]>;
  jobs: Map<string, JobRecord>;
  /** Jobs still Active, with what applies them (run early by the control API). */
  pendingJobs: Map<string, () => void>;
  jobActionFailures: JobActionFailure[];
  shares: Map<string, ShareRecord>;
}

export const PRESETS: readonly Store["preset"][] = ["demo", "large", "org", "org-small", "org-plans"];

export function emptyStore(preset: Store["preset"], organization: string): Store {
  return {
    preset,
    organization,
    permissions: [],
    users: new Map(),
    usersByEmail: new Map(),
    itwins: new Map(),
    packages: new Map(),
    packageRoles: [],
    favorites: new Map(),
    recents: new Map(),
    jobs: new Map(),
    pendingJobs: new Map(),
    jobActionFailures: [],
    shares: new Map(),
  };
}

export function addUser(store: Store, user: UserRecord): UserRecord {
  store.users.set(user.id, user);
  if (user.email) store.usersByEmail.set(user.email.toLowerCase(), user.id);
  return user;
}

export function findUserByEmail(store: Store, email: string): UserRecord | undefined {
  const id = store.usersByEmail.get(email.toLowerCase());
  const user = id ? store.users.get(id) : undefined;
  // People of other organizations are outside the directory the iTwins' organization adds from: invited.
  return user && !user.missing && user.organization === store.organization ? user : undefined;
}

/** A role of the iTwin, or an account role of its Account iTwin. */
export function roleOf(itwin: ITwinRecord, id: string): RoleRecord | undefined {
  return itwin.roles.get(id) ?? itwin.account?.roles.get(id);
}

/** A group of the iTwin, or an account group of its Account iTwin. */
export function groupOf(itwin: ITwinRecord, id: string): GroupRecord | undefined {
  return itwin.groups.get(id) ?? itwin.account?.groups.get(id);
}

export const isAccount = (itwin: ITwinRecord): boolean => itwin.class === "Account";
