// How a review line reads: its access in words, and the name its controls carry for screen readers.
import { revealHidden } from "../../../../lib/server-text";
import type { ReviewLine, Verdict } from "../../../../org/review/campaign";
import type { ReviewView } from "../../../../org/review/view";

const KIND: Record<ReviewLine["kind"], string> = {
  user: "Member",
  group: "Group",
  owner: "Owner",
  invitation: "Invitation",
  share: "Share link",
};

export function accessText(line: ReviewLine): string {
  return line.roleName
    ? `${KIND[line.kind]} · ${line.roleName}`
    : line.kind === "user" || line.kind === "group"
      ? `${KIND[line.kind]} · no role`
      : KIND[line.kind];
}

/**
 * "Quinn Threeways, Reader on Bridge A": how controls of one line are named for screen readers, each
 * name's hidden characters shown as codes so none can reorder what is read out.
 */
export function lineLabel(view: ReviewView, line: ReviewLine): string {
  const what = line.roleName !== null ? revealHidden(line.roleName) : KIND[line.kind].toLowerCase();
  return `${revealHidden(line.subjectName)}, ${what} on ${revealHidden(view.itwins.get(line.iTwinId)?.name ?? line.iTwinId)}`;
}

export interface LineActions {
  onDecide: (lineId: string, verdict: Verdict | null) => void;
  onNote: (lineId: string, note: string) => void;
  onActive: (lineId: string) => void;
}
