// The signed-in user's plans for their organization: read from IndexedDB, made, chosen, applied under
// the same pacer as the crawl, and retried. Applying saves its progress after every step, so a reload
// shows where it stopped and "Resume" carries on without sending anything twice.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useApiClient } from "../../api/client-context";
import type { Pacer } from "../../org/pacer";
import { deletePlan, listPlans, openPlanDb, savePlan, saveProgress, type StoredPlan } from "../../org/plan-db";
import { changeLog } from "../../lib/change-log";
import { applyPlan } from "../../org/plan/apply";
import { inversePlan } from "../../org/plan/inverse";
import { planLogEntry } from "../../org/plan/plan-log";
import { selectChange, type Plan } from "../../org/plan/plan";
import { emptyProgress, forRetry, type PlanProgress } from "../../org/plan/progress";
import type { OrgOwner } from "./use-org-index";

/** How often applying's progress is drawn, at most. */
const SHOW_PROGRESS_EVERY_MS = 250;

export interface PlansState {
  plans: StoredPlan[];
  loaded: boolean;
  /** Ids of the plans being applied in this page. */
  running: ReadonlySet<string>;
  /** Why the last apply of a plan stopped, when it threw. */
  errors: Readonly<Record<string, string>>;
  create(plan: Plan): Promise<void>;
  choose(planId: string, changeId: string, selected: boolean): Promise<void>;
  apply(planId: string): Promise<PlanProgress | null>;
  retry(planId: string): Promise<PlanProgress | null>;
  remove(planId: string): Promise<void>;
  /** Makes and keeps the inverse plan of what a plan applied; resolves to its id. */
  undo(planId: string): Promise<string | null>;
}

export function usePlans(
  owner: OrgOwner | null,
  pacer: Pacer | null,
  /** Called with the iTwins a finished pass changed, so the index can read them again. */
  onApplied?: (iTwinIds: string[]) => void,
): PlansState {
  const client = useApiClient();
  const db = useMemo(() => (owner ? openPlanDb(owner.userId, owner.organization) : null), [owner]);
  const [plans, setPlans] = useState<StoredPlan[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    let current = true;
    if (db)
      void listPlans(db).then((stored) => {
        if (!current) return;
        // A plan made while the stored ones were being read is kept in front of them.
        setPlans((made) => [...made.filter((m) => !stored.some((s) => s.plan.id === m.plan.id)), ...stored]);
        setLoaded(true);
      });
    const live = controllers.current;
    return () => {
      current = false;
      live.forEach((c) => c.abort(new DOMException("The page was left.", "AbortError")));
      live.clear();
      db?.close();
      // Another user's or organization's plans are not theirs.
      setPlans([]);
      setLoaded(false);
    };
  }, [db]);

  // What this page stores it already holds: it goes into the list as it is (newest first), not read
  // back and validated again, which for a plan of thousands of changes would cost more than making it.
  const keep = useCallback((plan: Plan) => {
    setPlans((all) => {
      const progress = all.find((s) => s.plan.id === plan.id)?.progress ?? null;
      const rest = all.filter((s) => s.plan.id !== plan.id);
      const at = rest.findIndex((s) => s.plan.createdAt < plan.createdAt);
      const next = { plan, progress };
      return at < 0 ? [...rest, next] : [...rest.slice(0, at), next, ...rest.slice(at)];
    });
    setLoaded(true);
  }, []);

  const find = useCallback((planId: string) => plans.find((s) => s.plan.id === planId) ?? null, [plans]);

  // Applying stores its progress many times a second; the page shows the newest a few times a second
  // (and at once when a pass ends), so drawing the review never holds up the requests.
  const shownLater = useRef(new Map<string, PlanProgress>());
  const showTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const showProgress = useCallback(() => {
    if (showTimer.current) clearTimeout(showTimer.current);
    showTimer.current = null;
    const latest = shownLater.current;
    if (latest.size === 0) return;
    shownLater.current = new Map();
    setPlans((all) => all.map((s) => (latest.has(s.plan.id) ? { ...s, progress: latest.get(s.plan.id)! } : s)));
  }, []);
  const setProgress = useCallback(
    (progress: PlanProgress) => {
      shownLater.current.set(progress.planId, progress);
      showTimer.current ??= setTimeout(showProgress, SHOW_PROGRESS_EVERY_MS);
    },
    [showProgress],
  );
  useEffect(() => () => clearTimeout(showTimer.current ?? undefined), []);

  const run = useCallback(
    async (plan: Plan, start: PlanProgress): Promise<PlanProgress | null> => {
      if (!db || !pacer || controllers.current.has(plan.id)) return null;
      const controller = new AbortController();
      controllers.current.set(plan.id, controller);
      setRunning((r) => new Set(r).add(plan.id));
      setErrors(({ [plan.id]: _gone, ...rest }) => rest);
      try {
        const done = await applyPlan(plan, start, {
          client,
          pacer,
          signal: controller.signal,
          // Each change the server confirmed goes into the console's change log, with its single undo.
          onApplied: (itwin, change, entry, before) => changeLog.recordSaved(planLogEntry(itwin, change, entry, before)),
          save: async (progress) => {
            await saveProgress(db, progress);
            setProgress(progress);
          },
        });
        // The Account iTwin's id among them reads its roles, groups and members again.
        onApplied?.(plan.itwins.map((t) => t.iTwinId));
        return done;
      } catch (error) {
        if (!controller.signal.aborted) setErrors((e) => ({ ...e, [plan.id]: error instanceof Error ? error.message : String(error) }));
        return null;
      } finally {
        showProgress();
        controllers.current.delete(plan.id);
        setRunning((r) => {
          const next = new Set(r);
          next.delete(plan.id);
          return next;
        });
      }
    },
    [client, db, pacer, setProgress, showProgress, onApplied],
  );

  return {
    plans,
    loaded,
    running,
    errors,
    create: async (plan) => {
      if (!db) return;
      await savePlan(db, plan);
      keep(plan);
    },
    choose: async (planId, changeId, selected) => {
      const stored = find(planId);
      if (!db || !stored) return;
      const plan = selectChange(stored.plan, changeId, selected);
      await savePlan(db, plan);
      setPlans((all) => all.map((s) => (s.plan.id === planId ? { ...s, plan } : s)));
    },
    apply: async (planId) => {
      const stored = find(planId);
      return stored ? run(stored.plan, stored.progress ?? emptyProgress(stored.plan)) : null;
    },
    retry: async (planId) => {
      const stored = find(planId);
      return stored?.progress ? run(stored.plan, forRetry(stored.plan, stored.progress)) : null;
    },
    undo: async (planId) => {
      const stored = find(planId);
      if (!db || !stored?.progress) return null;
      const inverse = inversePlan(stored.plan, stored.progress, { id: `undo-${stored.plan.id}-${Date.now()}` });
      await savePlan(db, inverse);
      keep(inverse);
      return inverse.id;
    },
    remove: async (planId) => {
      if (!db) return;
      await deletePlan(db, planId);
      setPlans((all) => all.filter((s) => s.plan.id !== planId));
    },
  };
}
