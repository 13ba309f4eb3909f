// Every way the Organization page makes a plan — offboarding, the same access as someone, copying members,
// bringing roles in line, a spreadsheet import — and which of their dialogs is open. A plan is made from
// every iTwin's facts (parsed now if a reload has not parsed them all yet), stored, and then reviewed.
import { useState } from "react";
import type { Person } from "../../org/index-queries";
import { copyMembersPlan } from "../../org/plan/copy-members";
import { offboardPlan } from "../../org/plan/offboard";
import type { Plan } from "../../org/plan/plan";
import type { RoleTemplate, TargetDrift } from "../../org/plan/role-drift";
import { roleTemplatePlan } from "../../org/plan/role-template";
import { sameAccessPlan, type Recipient } from "../../org/plan/same-access";
import { useImport } from "./use-import";
import type { OrgView } from "./use-org-index";
import type { PlansState } from "./use-plans";

export interface PlanMakers {
  offboard(person: Person): Promise<void>;
  bringInLine(template: RoleTemplate, targets: TargetDrift[], lacking: { id: string; name: string }[]): Promise<void>;
  /** Whose access the "same access" dialog gives; null while it is closed. */
  sameAccessOf: Person | null;
  openSameAccess(person: Person | null): void;
  giveSameAccess(recipient: Recipient, iTwinIds: string[] | undefined): Promise<void>;
  /** The iTwin the "copy members" dialog was opened from ("" from the Plans tab); null while it is closed. */
  copyFrom: string | null;
  openCopyMembers(iTwinId: string | null): void;
  copyMembers(sourceId: string, targetId: string): Promise<void>;
  startImport(): Promise<void>;
  editImport(plan: Plan, text: string, fileName: string | null): Promise<void>;
}

/** `onMade` is told the id of each plan made, to show it for review. */
export function usePlanMakers(index: OrgView, plans: PlansState, onMade: (planId: string) => void): PlanMakers {
  const [sameAccessOf, openSameAccess] = useState<Person | null>(null);
  const [copyFrom, openCopyMembers] = useState<string | null>(null);
  const imports = useImport(index, plans);
  const wholeIndex = async () => index.full ?? (await index.narrowed(index.itwins.map((_, i) => i)));
  const review = async (plan: Plan) => {
    await plans.create(plan);
    onMade(plan.id);
  };
  return {
    offboard: async (person) => review(offboardPlan(await wholeIndex(), person, { id: crypto.randomUUID() })),
    bringInLine: async (template, targets, lacking) => review(roleTemplatePlan(template, targets, { id: crypto.randomUUID(), lacking })),
    sameAccessOf,
    openSameAccess,
    giveSameAccess: async (recipient, iTwinIds) => {
      const source = sameAccessOf!;
      await review(sameAccessPlan(await wholeIndex(), recipient, source, { id: crypto.randomUUID(), ...(iTwinIds && { iTwinIds }) }));
      openSameAccess(null);
    },
    copyFrom,
    openCopyMembers,
    copyMembers: async (sourceId, targetId) => {
      await review(copyMembersPlan(await wholeIndex(), sourceId, targetId, { id: crypto.randomUUID() }));
      openCopyMembers(null);
    },
    startImport: async () => onMade(await imports.start()),
    editImport: imports.edit,
  };
}
