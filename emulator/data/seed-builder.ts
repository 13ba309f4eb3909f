// Builds a Store from a few size knobs; both presets go through here so the demo users, the default
// iTwin and its well-known roles/groups/packages are identical in every preset.
import { DEFAULT_ITWIN_ID, DEMO_USERS, ORGANIZATION, demoUser } from "../demo-users";
import { GROUP_TEMPLATES } from "./group-templates";
import { ITWIN_TEMPLATES, PACKAGE_TEMPLATES } from "./itwin-templates";
import { GIVEN_NAMES, SURNAMES } from "./names";
import { ROLE, ROLE_TEMPLATES, type RoleTemplate } from "./role-templates";
import { seedAccount } from "./seed-account";
import { seedShares } from "./seed-shares";
import { createPrng, fixedId, type Prng } from "./prng";
import {
  addUser,
  emptyStore,
  type GroupRecord,
  type ITwinRecord,
  type InvitationRecord,
  type RoleRecord,
  type Store,
  type UserRecord,
} from "./store";

export const EMAIL_DOMAIN = "riverbend.example";
export const ACCOUNT_ITWIN_ID = fixedId("b9", 1);
export const EXECUTE_PACKAGE_ROLE_ID = fixedId("e0", 1);

export const itwinId = (n: number): string => (n === 1 ? DEFAULT_ITWIN_ID : fixedId("b0", n));
export const roleId = (itwinNo: number, roleNo: number): string => fixedId(`c${itwinNo.toString(16)}`, roleNo);
export const groupId = (itwinNo: number, groupNo: number): string => fixedId(`d${itwinNo.toString(16)}`, groupNo);
/** Seeded (non-demo) users; user 1 owns the default iTwin. */
export const seededUserId = (n: number): string => fixedId("1", n);

export interface SeedSizes {
  preset: Store["preset"];
  seed: number;
  permissions: string[];
  itwinCount: number;
  /** Seeded users that are members of the default iTwin (demo users come on top). */
  defaultMembers: number;
  /** Roles on the default iTwin (the templates first, generated custom roles after). */
  defaultRoles: number;
  /** Groups on the default iTwin (the templates first). */
  defaultGroups: number;
  /** Of the generated groups, how many hold a role on the default iTwin. */
  generatedGroupMembers: number;
  packages: number;
  invitations: number;
}

const DAY = 86_400_000;
const MISSING_USERS = [17, 42];

export function buildStore(sizes: SeedSizes, now = Date.now()): Store {
  const rnd = createPrng(sizes.seed);
  const store = emptyStore(sizes.preset, ORGANIZATION);
  store.permissions = sizes.permissions;

  for (const u of DEMO_USERS) {
    addUser(store, {
      id: u.id,
      email: u.email,
      givenName: u.givenName,
      surname: u.surname,
      organization: u.organization,
      orgAdmin: u.orgAdmin,
    });
  }
  const userCount = Math.max(sizes.defaultMembers, 60);
  const seenEmails = new Set<string>();
  for (let n = 1; n <= userCount; n++) addUser(store, seededUser(rnd, n, seenEmails));
  // Two people of a partner organization: known to IMS, invisible to Riverbend's user search.
  for (const [n, givenName, surname] of [
    [1, "Priya", "Raman"],
    [2, "Tomas", "Berg"],
  ] as const)
    addUser(store, {
      id: fixedId("2", n),
      email: `${givenName}.${surname}@partner.example`.toLowerCase(),
      givenName,
      surname,
      organization: "Partner Consulting",
    });

  const memberRoleNos = [
    ROLE.reader,
    ROLE.contributor,
    ROLE.readAccess,
    ROLE.writeAccess,
    ROLE.documentController,
    ROLE.surveyor,
    ROLE.safetyInspector,
    ROLE.modelCoordinator,
  ];

  for (let i = 1; i <= Math.max(sizes.itwinCount, ITWIN_TEMPLATES.length); i++) {
    const tpl = ITWIN_TEMPLATES[i - 1] ?? {
      displayName: `${rnd.pick(["Harbor", "Mill", "Oak", "Summit", "Lake", "Granite"])} ${rnd.pick(["Viaduct", "Tunnel", "Substation", "Terminal", "Pipeline", "Campus"])} ${i}`,
      number: `GEN-${String(i).padStart(4, "0")}`,
      subClass: i % 3 === 0 ? "Asset" : "Project",
      type: "Infrastructure",
      geographicLocation: "Pennsylvania",
    };
    const itwin: ITwinRecord = {
      id: itwinId(i),
      class: "Endeavor",
      subClass: tpl.subClass,
      type: tpl.type,
      number: tpl.number,
      displayName: tpl.displayName,
      status: "Active",
      geographicLocation: tpl.geographicLocation,
      dataCenterLocation: "East US",
      ianaTimeZone: "America/New_York",
      iTwinAccountId: ACCOUNT_ITWIN_ID,
      createdDateTime: new Date(Date.UTC(2022, 0, 10 + i)).toISOString(),
      createdBy: seededUserId(i),
      roles: new Map(),
      userMembers: new Map(),
      groupMembers: new Map(),
      owners: [],
      invitations: [],
      groups: new Map(),
      edfs: new Map(),
    };
    store.itwins.set(itwin.id, itwin);
    const roleCount = i === 1 ? sizes.defaultRoles : ROLE_TEMPLATES.length;
    for (let r = 1; r <= roleCount; r++) addRole(itwin, roleId(i, r), ROLE_TEMPLATES[r - 1] ?? generatedRole(rnd, r, store.permissions));

    // The owner is a seeded user, never a demo user: the manager's rights must come from roles only.
    itwin.owners.push(seededUserId(i));
    itwin.userMembers.set(seededUserId(i), [roleId(i, ROLE.contributor)]);

    const memberCount = i === 1 ? sizes.defaultMembers : 12 + ((i * 7) % 20);
    const start = i === 1 ? 2 : 1 + ((i * 37) % Math.max(1, userCount - memberCount));
    for (let n = start; n < start + memberCount && n <= userCount; n++) {
      if (itwin.userMembers.has(seededUserId(n))) continue;
      const roles = rnd.sample(memberRoleNos, rnd.next() < 0.8 ? 1 : 2).map((r) => roleId(i, r));
      itwin.userMembers.set(seededUserId(n), roles);
    }
  }

  seedDefaultITwin(store, sizes, rnd, now);
  const second = store.itwins.get(itwinId(2))!;
  second.userMembers.set(demoUser("manager").id, [roleId(2, ROLE.reader)]);

  seedPackages(store, sizes, rnd);
  const accountReader = [...second.userMembers.keys()].find((id) => id !== seededUserId(2) && !store.users.get(id)?.missing);
  seedAccount(store, ACCOUNT_ITWIN_ID, {
    groupMembers: [seededUserId(3), seededUserId(4), seededUserId(5)],
    auditedITwin: second.id,
    accountReader: accountReader ?? seededUserId(3),
  });
  seedShares(store, DEFAULT_ITWIN_ID, now);
  return store;
}

function seededUser(rnd: Prng, n: number, seen: Set<string>): UserRecord {
  const id = seededUserId(n);
  if (MISSING_USERS.includes(n)) return { id, email: null, givenName: null, surname: null, organization: null, missing: true };
  const [givenName, surname] = n === 1 ? ["Grace", "Hopkins"] : [rnd.pick(GIVEN_NAMES), rnd.pick(SURNAMES)];
  let local = `${givenName}.${surname}`.toLowerCase();
  if (seen.has(local)) local = `${local}${n}`;
  seen.add(local);
  return { id, email: `${local}@${EMAIL_DOMAIN}`, givenName, surname, organization: ORGANIZATION };
}

function addRole(itwin: ITwinRecord, id: string, tpl: RoleTemplate): void {
  const role: RoleRecord = {
    id,
    displayName: tpl.displayName,
    description: tpl.description,
    permissions: [...tpl.permissions],
    type: tpl.type,
  };
  itwin.roles.set(id, role);
}

function generatedRole(rnd: Prng, n: number, permissions: string[]): RoleTemplate {
  return {
    displayName: `Custom Role ${String(n).padStart(3, "0")}`,
    description: `Generated role number ${n}`,
    type: "Custom",
    permissions: rnd.sample(permissions, rnd.int(3, 20)),
  };
}

function seedDefaultITwin(store: Store, sizes: SeedSizes, rnd: Prng, now: number): void {
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  const manager = demoUser("manager");
  const reader = demoUser("reader");
  itwin.userMembers.set(manager.id, [roleId(1, ROLE.projectManager)]);
  itwin.userMembers.set(reader.id, [roleId(1, ROLE.reader)]);

  const memberIds = [...itwin.userMembers.keys()].filter((id) => !id.startsWith("a0000000") && !store.users.get(id)?.missing);
  for (let g = 1; g <= sizes.defaultGroups; g++) {
    const tpl = GROUP_TEMPLATES[g - 1];
    const group: GroupRecord = {
      id: groupId(1, g),
      name: tpl?.name ?? `Group ${String(g).padStart(3, "0")}`,
      description: tpl?.description ?? `Generated group number ${g}`,
      memberIds: rnd.sample(memberIds, tpl?.memberCount ?? rnd.int(0, 10)),
      imsGroups: tpl ? [...tpl.imsGroups] : [],
      invitations: [],
    };
    itwin.groups.set(group.id, group);
    if (tpl?.role) itwin.groupMembers.set(group.id, [roleId(1, tpl.role)]);
    else if (!tpl && g <= GROUP_TEMPLATES.length + sizes.generatedGroupMembers) {
      itwin.groupMembers.set(group.id, [roleId(1, rnd.int(1, Math.min(sizes.defaultRoles, 40)))]);
    }
  }
  // "Via group" provenance for the manager: Site Engineers holds iTwin Contributor.
  itwin.groups.get(groupId(1, 1))!.memberIds.unshift(manager.id);

  const owner = store.users.get(seededUserId(1))!;
  const external = [
    "jordan.lee@contractor.example",
    "sam.patel@partner.example",
    "kim.ng@consult.example",
    "alex.berg@contractor.example",
    "lou.grant@supplier.example",
  ];
  for (let k = 0; k < sizes.invitations; k++) {
    const byManager = k % 3 === 1;
    const inviter = byManager ? store.users.get(manager.id)! : owner;
    const created = now - (k === sizes.invitations - 1 ? 9 : (k % 6) + 0.5) * DAY; // the last one has expired
    const invitation: InvitationRecord = {
      id: fixedId("f1", k + 1),
      email: external[k] ?? `guest${k + 1}@external.example`,
      invitedById: inviter.id,
      invitedByEmail: inviter.email!,
      status: "Pending",
      createdDate: new Date(created).toISOString(),
      expirationDate: new Date(created + 7 * DAY).toISOString(),
      roleIds: [roleId(1, k % 2 === 0 ? ROLE.reader : ROLE.contributor)],
    };
    itwin.invitations.push(invitation);
  }
}

function seedPackages(store: Store, sizes: SeedSizes, rnd: Prng): void {
  store.packageRoles.push({
    roleId: EXECUTE_PACKAGE_ROLE_ID,
    name: "Execute Integration Package",
    description: "Execute Integration Package",
    permissions: ["edfs_objipexec"],
  });
  for (let p = 1; p <= sizes.packages; p++) {
    const tpl = PACKAGE_TEMPLATES[p - 1] ?? {
      uniqueName: `${rnd.pick(["SQL", "SAP", "ORACLE", "MAXIMO", "PRIMAVERA", "SHAREPOINT"])}_${rnd.pick(["ORDERS", "ASSETS", "COSTS", "PEOPLE", "SCHEDULE"])}_${String(p).padStart(3, "0")}`,
      name: `Generated package ${p}`,
      description: `Generated integration package number ${p}`,
      projectStage: "Current",
      isOdata: p % 2 === 0,
    };
    store.packages.set(tpl.uniqueName, {
      subscriptionId: fixedId("a1", p),
      version: `1.${p % 5}.0`,
      uniqueName: tpl.uniqueName,
      name: tpl.name,
      description: tpl.description,
      subscribedBy: "00000000-0000-0000-0000-000000000000",
      subscribedByName: "System",
      subscribedOn: new Date(Date.UTC(2024, 3, 24, 13, 3, 26) + p * DAY).toISOString(),
      projectStage: tpl.projectStage,
      isOdata: tpl.isOdata,
      inputExample: JSON.stringify({ top: 10, filter: "Name eq 'Acme'" }),
      responseExample: JSON.stringify({ value: [{ Id: 1, Name: "Acme" }] }),
      lastChange: new Date(Date.UTC(2025, 0, 1) + p * DAY).toISOString(),
    });
  }
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  itwin.edfs.set("SQL_CUSTOMERS_TABLE", new Map([[roleId(1, ROLE.edfsIntegration), [EXECUTE_PACKAGE_ROLE_ID]]]));
  itwin.edfs.set(
    "SAP_WORK_ORDERS",
    new Map([
      [roleId(1, ROLE.edfsIntegration), [EXECUTE_PACKAGE_ROLE_ID]],
      [roleId(1, ROLE.writeAccess), [EXECUTE_PACKAGE_ROLE_ID]],
    ]),
  );
}
