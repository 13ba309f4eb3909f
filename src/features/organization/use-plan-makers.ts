// Every way the Organization page makes a plan — offboarding, the same access as someone, copying members,
// bringing roles in line, a spreadsheet import — and which of their dialogs is open. A plan is made from
// every iTwin's facts (parsed now if a reload has not parsed them all yet), stored, and then reviewed.
// A maker's dialog open when the page was reloaded opens again with its input.
import { useState } from "react";
import type { Person } from "../../org/index-queries";
import { copyMembersPlan } from "../../org/plan/copy-members";
import type { MakerDraft } from "../../org/plan/maker-draft";
import { offboardPlan } from "../../org/plan/offboard";
import type { Plan } from "../../org/plan/plan";
import type { RoleTemplate, TargetDrift } from "../../org/plan/role-drift";
import { roleTemplatePlan } from "../../org/plan/role-template";
import { sameAccessPlan, type Recipient } from "../../org/plan/same-access";
import type { SameAccessInput } from "./components/SameAccessDialog";
import { useImport } from "./use-import";
import { useMakerDraft } from "./use-maker-draft";
import type { OrgOwner, OrgView } from "./use-org-index";
import type { PlansState } from "./use-plans";

export interface PlanMakers {
  offboard(person: Person): Promise<void>;
  bringInLine(template: RoleTemplate, targets: TargetDrift[], lacking: { id: string; name: string }[]): Promise<void>;
  /** Whose access the "same access" dialog gives (and the input it reopens with); null while it is closed. */
  sameAccess: { source: Person; initial?: SameAccessInput } | null;
  openSameAccess(person: Person): void;
  closeSameAccess(): void;
  giveSameAccess(recipient: Recipient, iTwinIds: string[] | undefined): Promise<void>;
  /** The iTwin the "copy members" dialog was opened from ("" from the Plans tab; the target after a reload); null while closed. */
  copy: { source: string; target?: string } | null;
  openCopyMembers(iTwinId: string): void;
  closeCopyMembers(): void;
  copyMembers(sourceId: string, targetId: string): Promise<void>;
  /** Keeps (or, with null, drops) the open dialog's input for a reload. */
  keepInput(draft: MakerDraft | null): void;
  startImport(): Promise<void>;
  editImport(plan: Plan, text: string, fileName: string | null): Promise<void>;
}

/** `onMade` is told the id of each plan made, to show it for review. */
export function usePlanMakers(
  index: OrgView,
  plans: PlansState,
  owner: OrgOwner | null,
  loaded: boolean,
  onMade: (planId: string) => void,
): PlanMakers {
  const [sameAccess, setSameAccess] = useState<PlanMakers["sameAccess"]>(null);
  const [copy, setCopy] = useState<PlanMakers["copy"]>(null);
  const keepInput = useMakerDraft(owner, loaded ? index.people : null, {
    sameAccess: (source, initial) => setSameAccess({ source, initial }),
    copyMembers: ({ source, target }) => setCopy({ source, target }),
  });
  const imports = useImport(index, plans);
  const wholeIndex = async () => index.full ?? (await index.narrowed(index.itwins.map((_, i) => i)));
  const review = async (plan: Plan) => {
    await plans.create(plan);
    onMade(plan.id);
  };
  const closeSameAccess = () => {
    setSameAccess(null);
    keepInput(null);
  };
  const closeCopyMembers = () => {
    setCopy(null);
    keepInput(null);
  };
  return {
    offboard: async (person) => review(offboardPlan(await wholeIndex(), person, { id: crypto.randomUUID() })),
    bringInLine: async (template, targets, lacking) => review(roleTemplatePlan(template, targets, { id: crypto.randomUUID(), lacking })),
    sameAccess,
    openSameAccess: (source) => setSameAccess({ source }),
    closeSameAccess,
    giveSameAccess: async (recipient, iTwinIds) => {
      const { source } = sameAccess!;
      await review(sameAccessPlan(await wholeIndex(), recipient, source, { id: crypto.randomUUID(), ...(iTwinIds && { iTwinIds }) }));
      closeSameAccess();
    },
    copy,
    openCopyMembers: (source) => setCopy({ source }),
    closeCopyMembers,
    copyMembers: async (sourceId, targetId) => {
      await review(copyMembersPlan(await wholeIndex(), sourceId, targetId, { id: crypto.randomUUID() }));
      closeCopyMembers();
    },
    keepInput,
    startImport: async () => onMade(await imports.start()),
    editImport: imports.edit,
  };
}
