// Spreadsheet imports as plans: starting one stores an empty import plan (the draft), and every edit of
// its rows re-makes it from the whole index and stores it again under the same id, so what was typed or
// picked survives a reload and the review always matches the text. Edits are made one after another:
// the last text given is the one stored.
import { useCallback, useRef } from "react";
import { importPlan } from "../../org/plan/import-csv";
import type { Plan } from "../../org/plan/plan";
import type { OrgView } from "./use-org-index";
import type { PlansState } from "./use-plans";

export interface ImportActions {
  /** Stores a new, empty import plan; its id. */
  start(): Promise<string>;
  /** Re-makes the import plan from this text (and the name of the file it came from). */
  edit(plan: Plan, text: string, fileName: string | null): Promise<void>;
}

export function useImport(view: OrgView, plans: PlansState): ImportActions {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const make = useCallback(
    async (id: string, text: string, fileName: string | null, previous: Plan | null) => {
      // Every iTwin's facts are needed: parsed now if a reload has not parsed them all yet.
      const whole = view.full ?? (await view.narrowed(view.itwins.map((_, i) => i)));
      return importPlan(whole, text, {
        id,
        previous,
        fileName,
        now: previous?.createdAt ?? Date.now(),
        known: view.people.list().map((p) => p.email),
      });
    },
    [view],
  );
  const { create } = plans;
  return {
    start: async () => {
      const plan = await make(crypto.randomUUID(), "", null, null);
      await create(plan);
      return plan.id;
    },
    edit: (previous, text, fileName) => {
      const next = queue.current.then(async () => create(await make(previous.id, text, fileName, previous)));
      queue.current = next.catch(() => undefined);
      return next;
    },
  };
}
