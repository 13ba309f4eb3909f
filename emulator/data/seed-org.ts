// Organization-wide presets: many iTwins with members, groups, owners, invitations and shares, for the
// organization page's crawl. Built on the demo store (so the demo users and the default iTwin stay as
// they are) with deterministic extra people and memberships drawn from one seeded generator.
import { BASE_PERMISSIONS } from "./permission-catalogue";
import { GIVEN_NAMES, SURNAMES } from "./names";
import { createPrng, fixedId, type Prng } from "./prng";
import { ROLE } from "./role-templates";
import { ACCOUNT_ITWIN_ID, buildStore, itwinId, roleId } from "./seed-builder";
import { accountRoleId, ACCOUNT_GROUP_ID, ACCOUNT_ROLE } from "./seed-account";
import { addUser, isAccount, type ITwinRecord, type Store } from "./store";
import { ORGANIZATION } from "../demo-users";

export interface OrgSizes {
  preset: "org" | "org-small" | "org-plans";
  itwins: number;
  people: number;
  minMembers: number;
  maxMembers: number;
}

const DAY = 86_400_000;
export const orgPersonId = (n: number): string => fixedId("3", n);
/** Someone with access to three iTwins by three routes: direct on the 2nd, via a group on the 3rd, owner of the 4th. */
export const THREE_ROUTE_PERSON = {
  id: fixedId("3e", 1),
  email: "quinn.threeways@riverbend.example",
  givenName: "Quinn",
  surname: "Threeways",
};
export const orgGroupId = (itwinNo: number, n: number): string => fixedId(`6${itwinNo.toString(16)}`, n);
/** `org-plans`: a direct member of every iTwin, with one role there (offboarding them is one change an iTwin). */
export const LEAVING_PERSON = {
  id: fixedId("3f", 1),
  email: "lee.leaving@riverbend.example",
  givenName: "Lee",
  surname: "Leaving",
};
/** `org-plans`: a direct member of every iTwin and in `WIDE_GROUPS` of its groups (a plan of 25 changes an iTwin). */
export const WIDE_PERSON = {
  id: fixedId("3f", 2),
  email: "gale.groups@riverbend.example",
  givenName: "Gale",
  surname: "Groups",
};
export const WIDE_GROUPS = 24;
export const ORG_PLANS_ITWINS = 200;

export function seedOrg(sizes: OrgSizes, now = Date.now()): Store {
  const store = buildStore(
    {
      preset: sizes.preset,
      seed: 771771,
      permissions: [...BASE_PERMISSIONS],
      itwinCount: sizes.itwins,
      defaultMembers: 150,
      defaultRoles: 10,
      defaultGroups: 12,
      generatedGroupMembers: 0,
      packages: 3,
      invitations: 6,
    },
    now,
  );
  const rnd = createPrng(sizes.itwins * 7919 + sizes.people);
  const people: string[] = [];
  for (let n = 1; n <= sizes.people; n++) {
    const id = orgPersonId(n);
    const missing = n % 997 === 0;
    const givenName = rnd.pick(GIVEN_NAMES);
    const surname = rnd.pick(SURNAMES);
    addUser(
      store,
      missing
        ? { id, email: null, givenName: null, surname: null, organization: null, missing: true }
        : { id, email: `${givenName}.${surname}.${n}@riverbend.example`.toLowerCase(), givenName, surname, organization: ORGANIZATION },
    );
    people.push(id);
  }
  addUser(store, { ...THREE_ROUTE_PERSON, organization: ORGANIZATION });

  const endeavors = [...store.itwins.values()].filter((t) => !isAccount(t));
  endeavors.forEach((itwin, index) => {
    const no = index + 1;
    if (no === 1) return; // the default iTwin stays as the demo has it
    spread(store, itwin, no, people, sizes, rnd, now);
  });
  placeThreeRoutePerson(store);
  return store;
}

function spread(store: Store, itwin: ITwinRecord, no: number, people: string[], sizes: OrgSizes, rnd: Prng, now: number): void {
  // The builder seeds only 150 of its own users: members it gave beyond those are dropped.
  for (const id of [...itwin.userMembers.keys()]) if (!store.users.has(id)) itwin.userMembers.delete(id);
  const count = rnd.int(sizes.minMembers, sizes.maxMembers);
  const start = rnd.int(0, Math.max(0, people.length - count));
  const roleNos = [ROLE.reader, ROLE.contributor, ROLE.readAccess, ROLE.writeAccess, ROLE.surveyor, ROLE.projectManager];
  for (let k = start; k < start + count && k < people.length; k++) {
    const roles = [roleId(no, rnd.next() < 0.05 ? ROLE.projectManager : rnd.pick(roleNos))];
    if (rnd.next() < 0.03) roles.push(accountRoleId(ACCOUNT_ROLE.reader));
    itwin.userMembers.set(people[k]!, roles);
  }
  const members = [...itwin.userMembers.keys()];
  // Owners: usually one, sometimes two, a few iTwins none at all.
  const ownerRoll = rnd.next();
  // The builder's owner is a seeded user only for the first iTwins; past those, one of the members owns it.
  itwin.owners = itwin.owners.filter((id) => store.users.has(id));
  if (itwin.owners.length === 0) itwin.owners.push(rnd.pick(members));
  if (ownerRoll < 0.05) itwin.owners = [];
  else if (ownerRoll < 0.35) itwin.owners.push(rnd.pick(members));
  // One or two groups of the iTwin holding a role, members drawn from its users.
  const groups = rnd.int(1, 2);
  for (let g = 1; g <= groups; g++) {
    const id = orgGroupId(no, g);
    itwin.groups.set(id, {
      id,
      name: `${itwin.number} team ${g}`,
      description: `Project team ${g}`,
      memberIds: rnd.sample(members, Math.min(members.length, rnd.int(2, 12))),
      imsGroups: [],
      invitations: [],
    });
    itwin.groupMembers.set(id, [roleId(no, g === 1 ? ROLE.contributor : ROLE.writeAccess)]);
  }
  if (no % 10 === 0) itwin.groupMembers.set(ACCOUNT_GROUP_ID, [accountRoleId(ACCOUNT_ROLE.auditor)]);
  // Invitations: some pending, some expired.
  const invitations = rnd.next() < 0.3 ? rnd.int(1, 3) : 0;
  for (let k = 1; k <= invitations; k++) {
    const created = now - (k === 1 && no % 2 === 0 ? 10 : 1) * DAY;
    itwin.invitations.push({
      id: fixedId(`7${no.toString(16)}`, k),
      email: `guest${no}.${k}@contractor.example`,
      invitedById: itwin.createdBy,
      invitedByEmail: "owner@riverbend.example",
      status: "Pending",
      createdDate: new Date(created).toISOString(),
      expirationDate: new Date(created + 7 * DAY).toISOString(),
      roleIds: [roleId(no, ROLE.reader)],
    });
  }
}

function placeThreeRoutePerson(store: Store): void {
  const { id } = THREE_ROUTE_PERSON;
  store.itwins.get(itwinId(2))!.userMembers.set(id, [roleId(2, ROLE.reader)]);
  const third = store.itwins.get(itwinId(3))!;
  third.userMembers.delete(id);
  third.groups.get(orgGroupId(3, 1))!.memberIds.push(id);
  const fourth = store.itwins.get(itwinId(4))!;
  fourth.userMembers.delete(id);
  fourth.owners.push(id);
}

/** Shares on every 7th iTwin (one of them expired), so "public links" shows up in the index. */
export function seedOrgShares(store: Store, now: number): void {
  let n = 0;
  for (const itwin of store.itwins.values()) {
    n += 1;
    if (n % 7 !== 0 || itwin.id === ACCOUNT_ITWIN_ID) continue;
    const id = fixedId("5b", n);
    store.shares.set(id, {
      id,
      iTwinId: itwin.id,
      shareContract: "Default",
      expiration: new Date(now + (n % 14 === 0 ? -1 : 20) * DAY).toISOString(),
      shareKey: `b3JnLXNoYXJlLWtleS0${n.toString(36)}`,
    });
  }
}

export const seedOrgLarge = (now?: number): Store =>
  withShares(seedOrg({ preset: "org", itwins: 1000, people: 50_000, minMembers: 10, maxMembers: 500 }, now), now);
export const seedOrgSmall = (now?: number): Store =>
  withShares(seedOrg({ preset: "org-small", itwins: 12, people: 400, minMembers: 10, maxMembers: 40 }, now), now);

/**
 * Organization-wide plans at scale: 200 iTwins of small teams, where `LEAVING_PERSON` is a member of
 * every one and `WIDE_PERSON` a member of every one and in 24 of its groups besides.
 */
export function seedOrgPlans(now?: number): Store {
  const store = withShares(
    seedOrg({ preset: "org-plans", itwins: ORG_PLANS_ITWINS, people: 2000, minMembers: 10, maxMembers: 40 }, now),
    now,
  );
  for (const person of [LEAVING_PERSON, WIDE_PERSON]) addUser(store, { ...person, organization: ORGANIZATION });
  const endeavors = [...store.itwins.values()].filter((t) => !isAccount(t));
  endeavors.forEach((itwin, index) => {
    const no = index + 1;
    itwin.userMembers.set(LEAVING_PERSON.id, [roleId(no, ROLE.reader)]);
    itwin.userMembers.set(WIDE_PERSON.id, [roleId(no, ROLE.contributor)]);
    const others = [...itwin.userMembers.keys()].filter((id) => id !== LEAVING_PERSON.id && id !== WIDE_PERSON.id);
    for (let g = 1; g <= WIDE_GROUPS; g++) {
      const id = orgGroupId(no, 100 + g);
      itwin.groups.set(id, {
        id,
        name: `${itwin.number} working group ${g}`,
        description: `Working group ${g}`,
        memberIds: [WIDE_PERSON.id, ...others.slice(g % Math.max(1, others.length), (g % Math.max(1, others.length)) + 2)],
        imsGroups: [],
        invitations: [],
      });
    }
  });
  return store;
}

function withShares(store: Store, now = Date.now()): Store {
  seedOrgShares(store, now);
  return store;
}
