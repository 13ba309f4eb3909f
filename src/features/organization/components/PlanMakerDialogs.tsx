// The plan makers' dialogs, whichever is open; each hands its input up as it changes, kept for a reload.
import type { OrgView } from "../use-org-index";
import type { PlanMakers } from "../use-plan-makers";
import { CopyMembersDialog } from "./CopyMembersDialog";
import { SameAccessDialog } from "./SameAccessDialog";

export function PlanMakerDialogs({ index, makers }: { index: OrgView; makers: PlanMakers }) {
  const { sameAccess, copy } = makers;
  return (
    <>
      {sameAccess ? (
        <SameAccessDialog
          view={index}
          source={sameAccess.source}
          initial={sameAccess.initial}
          onInput={(input) => makers.keepInput({ maker: "sameAccess", sourceId: sameAccess.source.id, ...input })}
          onCancel={makers.closeSameAccess}
          onMake={makers.giveSameAccess}
        />
      ) : null}
      {copy ? (
        <CopyMembersDialog
          itwins={index.itwins}
          initialSource={copy.source}
          initialTarget={copy.target}
          onInput={(input) => makers.keepInput({ maker: "copyMembers", ...input })}
          onCancel={makers.closeCopyMembers}
          onMake={makers.copyMembers}
        />
      ) : null}
    </>
  );
}
