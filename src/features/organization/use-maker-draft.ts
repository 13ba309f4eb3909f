// The plan makers' dialogs survive a reload: their input is kept per user and organization as it
// changes, and the page reopens the dialog it belonged to once the index names its person or iTwin.
import { useCallback, useEffect, useRef } from "react";
import type { PeopleIndex, Person } from "../../org/index-queries";
import { loadMakerDraft, saveMakerDraft, type CopyMembersDraft, type MakerDraft, type SameAccessDraft } from "../../org/plan/maker-draft";
import type { OrgOwner } from "./use-org-index";

export interface MakerDraftRestore {
  sameAccess: (source: Person, draft: SameAccessDraft) => void;
  copyMembers: (draft: CopyMembersDraft) => void;
}

/** Reopens a kept dialog (once, when the index has what it names); returns what keeps or drops the input. */
export function useMakerDraft(
  owner: OrgOwner | null,
  people: PeopleIndex | null,
  restore: MakerDraftRestore,
): (draft: MakerDraft | null) => void {
  const done = useRef(false);
  const latest = useRef(restore);
  latest.current = restore;
  useEffect(() => {
    if (!owner || !people || done.current) return;
    const draft = loadMakerDraft(owner.userId, owner.organization);
    if (draft?.maker === "sameAccess") {
      // The directory may come before the person it names: tried again as the index grows.
      const source = people.byId(draft.sourceId);
      if (!source) return;
      latest.current.sameAccess(source, draft);
    } else if (draft?.maker === "copyMembers") latest.current.copyMembers(draft);
    done.current = true;
  }, [owner, people]);
  return useCallback(
    (draft: MakerDraft | null) => {
      // Input typed before the kept one was reopened replaces it.
      done.current = true;
      if (owner) saveMakerDraft(owner.userId, owner.organization, draft);
    },
    [owner],
  );
}
