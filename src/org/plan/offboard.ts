// "Offboard a person": from the organization index, every place they have access — their roles as a
// member (of any iTwin and of the Account iTwin itself), the groups they are in (the iTwin's own and the
// Account iTwin's, which reach every iTwin), their ownerships, their pending invitations — as one plan.
// Where they are the only owner, removing them would leave the iTwin without one: that change is proposed
// but not chosen, and the review calls it out before anything is sent.
import { sameEmail } from "../../api/access-jobs/actions";
import { lacking, type OrgIndex } from "../index-queries";
import { personName, type PersonRef } from "../snapshot";
import type { ITwinChanges, Plan, PlanChange } from "./plan";
import { accountGroupRoles, rolesOf } from "./role-effects";

export function offboardPlan(index: OrgIndex, person: PersonRef, options: { id: string; now?: number }): Plan {
  const who = { userId: person.id, email: person.email };
  const itwins: ITwinChanges[] = [];
  for (const itwin of index.itwins) {
    if (itwin.state !== "done") continue;
    const changes: PlanChange[] = [];
    const member = itwin.users.find((u) => u.id === person.id);
    if (member)
      changes.push({
        id: `${itwin.id}:member:${person.id}`,
        kind: "removeUserMember",
        selected: true,
        ...who,
        roleIds: [...member.roleIds],
        roles: rolesOf(itwin, index, member.roleIds),
      });
    for (const group of itwin.groups ?? []) {
      if (!group.memberIds?.includes(person.id)) continue;
      const held = itwin.groupMembers.find((g) => g.id === group.id)?.roleIds ?? [];
      changes.push({
        id: `${itwin.id}:group:${group.id}:${person.id}`,
        kind: "removeFromGroup",
        selected: true,
        ...who,
        groupId: group.id,
        groupName: group.name,
        roles: rolesOf(itwin, index, held),
      });
    }
    if (itwin.owners.some((o) => o.id === person.id)) {
      const only = itwin.owners.length === 1;
      changes.push({
        id: `${itwin.id}:owner:${person.id}`,
        kind: "removeOwner",
        selected: !only,
        ...(only && { warning: "onlyOwner" as const }),
        ...who,
        roles: [],
      });
    }
    // Their pending invitations would let them back in: cancelled too (an index older than invitation ids cannot name them).
    if (person.email)
      for (const invitation of itwin.invitations) {
        if (!invitation.id || invitation.status !== "Pending" || !sameEmail(invitation.email, person.email)) continue;
        changes.push({
          id: `${itwin.id}:invitation:${invitation.id}`,
          kind: "cancelInvitation",
          selected: true,
          invitationId: invitation.id,
          email: invitation.email,
          roles: [],
        });
      }
    if (changes.length) itwins.push({ iTwinId: itwin.id, iTwinName: itwin.displayName, changes });
  }

  const account = index.account;
  if (account) {
    const member = account.users.find((u) => u.id === person.id);
    const membership: PlanChange[] = member
      ? [
          {
            id: `${account.id}:member:${person.id}`,
            kind: "removeUserMember",
            selected: true,
            ...who,
            roleIds: [...member.roleIds],
            roles: rolesOf(null, index, member.roleIds),
          },
        ]
      : [];
    const fromGroups: PlanChange[] = account.groups
      .filter((g) => g.memberIds?.includes(person.id))
      .map((group) => {
        return {
          id: `${account.id}:group:${group.id}:${person.id}`,
          kind: "removeFromGroup" as const,
          selected: true,
          ...who,
          groupId: group.id,
          groupName: group.name,
          // What the account group holds wherever it is a group member.
          roles: accountGroupRoles(index, group.id),
        };
      });
    const changes = [...membership, ...fromGroups];
    if (changes.length) itwins.push({ iTwinId: account.id, iTwinName: account.displayName, account: true, changes });
  }

  const name = personName(person);
  return {
    version: 1,
    id: options.id,
    kind: "offboard",
    title: `Offboard ${name}`,
    createdAt: options.now ?? Date.now(),
    person: { id: person.id, name, email: person.email },
    itwins,
    lacking: lacking(index).map((t) => ({ id: t.id, name: t.displayName })),
  };
}

/** The iTwins where the person is the only owner: named before anything is sent. */
export function onlyOwnerITwins(plan: Plan): { iTwinId: string; iTwinName: string; changeId: string; selected: boolean }[] {
  return plan.itwins.flatMap((t) =>
    t.changes
      .filter((c) => c.warning === "onlyOwner")
      .map((c) => ({ iTwinId: t.iTwinId, iTwinName: t.iTwinName, changeId: c.id, selected: c.selected })),
  );
}
