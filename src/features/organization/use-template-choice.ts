// The Role templates view's choices, kept across reloads for this user and organization.
import { useCallback, useState } from "react";
import { loadTemplateChoice, saveTemplateChoice, type TemplateChoice } from "../../org/plan/template-choice";
import type { OrgOwner } from "./use-org-index";

export function useTemplateChoice(owner: OrgOwner): [TemplateChoice, (next: (c: TemplateChoice) => TemplateChoice) => void] {
  const [choice, setChoice] = useState(() => loadTemplateChoice(owner.userId, owner.organization));
  const update = useCallback(
    (next: (c: TemplateChoice) => TemplateChoice) =>
      setChoice((c) => {
        const value = next(c);
        saveTemplateChoice(owner.userId, owner.organization, value);
        return value;
      }),
    [owner],
  );
  return [choice, update];
}
