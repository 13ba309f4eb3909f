// The organization's Account iTwin (class and subClass Account): account roles and an account group
// that every iTwin of the account can assign. Some are in use on the second iTwin, so members' role
// lists show account roles; the default iTwin is left as it is.
import { ACCOUNT_ROLE_TEMPLATES } from "./role-templates";
import { fixedId } from "./prng";
import type { ITwinRecord, Store } from "./store";

export const accountRoleId = (n: number): string => fixedId("9a", n);
export const ACCOUNT_GROUP_ID = fixedId("9d", 1);
export const ACCOUNT_ROLE = { reader: 1, auditor: 2, memberAdministrator: 3 } as const;

export function seedAccount(
  store: Store,
  accountId: string,
  members: { groupMembers: string[]; auditedITwin: string; accountReader: string },
): void {
  const account: ITwinRecord = {
    id: accountId,
    class: "Account",
    subClass: "Account",
    type: null,
    number: "RIVERBEND-ACCOUNT",
    displayName: store.organization,
    status: "Active",
    geographicLocation: "Pennsylvania",
    dataCenterLocation: "East US",
    ianaTimeZone: "America/New_York",
    iTwinAccountId: accountId,
    createdDateTime: new Date(Date.UTC(2021, 11, 1)).toISOString(),
    createdBy: members.groupMembers[0] ?? "",
    roles: new Map(),
    userMembers: new Map(),
    groupMembers: new Map(),
    owners: [],
    invitations: [],
    groups: new Map(),
    edfs: new Map(),
  };
  ACCOUNT_ROLE_TEMPLATES.forEach((tpl, i) => {
    const id = accountRoleId(i + 1);
    account.roles.set(id, { id, ...tpl, permissions: [...tpl.permissions] });
  });
  account.groups.set(ACCOUNT_GROUP_ID, {
    id: ACCOUNT_GROUP_ID,
    name: "Riverbend Auditors",
    description: "Internal auditors of every project",
    memberIds: [...members.groupMembers],
    imsGroups: [],
    invitations: [],
  });
  for (const itwin of store.itwins.values()) if (itwin.iTwinAccountId === accountId) itwin.account = account;
  store.itwins.set(account.id, account);

  const audited = store.itwins.get(members.auditedITwin)!;
  audited.groupMembers.set(ACCOUNT_GROUP_ID, [accountRoleId(ACCOUNT_ROLE.auditor)]);
  const current = audited.userMembers.get(members.accountReader);
  audited.userMembers.set(members.accountReader, [...(current ?? []), accountRoleId(ACCOUNT_ROLE.reader)]);
}
