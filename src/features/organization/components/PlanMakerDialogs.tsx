// The plan makers' dialogs, whichever is open.
import type { OrgView } from "../use-org-index";
import type { PlanMakers } from "../use-plan-makers";
import { CopyMembersDialog } from "./CopyMembersDialog";
import { SameAccessDialog } from "./SameAccessDialog";

export function PlanMakerDialogs({ index, makers }: { index: OrgView; makers: PlanMakers }) {
  return (
    <>
      {makers.sameAccessOf ? (
        <SameAccessDialog
          view={index}
          source={makers.sameAccessOf}
          onCancel={() => makers.openSameAccess(null)}
          onMake={makers.giveSameAccess}
        />
      ) : null}
      {makers.copyFrom !== null ? (
        <CopyMembersDialog
          itwins={index.itwins}
          initialSource={makers.copyFrom}
          onCancel={() => makers.openCopyMembers(null)}
          onMake={makers.copyMembers}
        />
      ) : null}
    </>
  );
}
