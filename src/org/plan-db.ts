// Plans and how far applying them got, in IndexedDB (Dexie), one database per signed-in user and
// organization like the index beside it, so a reload mid-apply resumes; every one is deleted on
// sign-out. Records are validated when read back: one of another shape is skipped, not trusted.
import Dexie, { type EntityTable } from "dexie";
import { parsePlan, type Plan } from "./plan/plan";
import { parseProgress, type PlanProgress } from "./plan/progress";

const PREFIX = "itwin-access-org-plans";

interface PlanRow {
  id: string;
  createdAt: number;
  plan: unknown;
}

interface ProgressRow {
  planId: string;
  progress: unknown;
}

export type PlanDb = Dexie & {
  plans: EntityTable<PlanRow, "id">;
  progress: EntityTable<ProgressRow, "planId">;
};

export function planDbName(userId: string, organizationId: string): string {
  return `${PREFIX}:${userId}:${organizationId}`;
}

export function openPlanDb(userId: string, organizationId: string): PlanDb {
  const db = new Dexie(planDbName(userId, organizationId)) as PlanDb;
  db.version(1).stores({ plans: "id, createdAt", progress: "planId" });
  return db;
}

export interface StoredPlan {
  plan: Plan;
  progress: PlanProgress | null;
}

export async function savePlan(db: PlanDb, plan: Plan): Promise<void> {
  await db.plans.put({ id: plan.id, createdAt: plan.createdAt, plan });
}

export async function saveProgress(db: PlanDb, progress: PlanProgress): Promise<void> {
  await db.progress.put({ planId: progress.planId, progress });
}

export async function readPlan(db: PlanDb, id: string): Promise<StoredPlan | null> {
  const [row, progressRow] = await Promise.all([db.plans.get(id), db.progress.get(id)]);
  const plan = row ? parsePlan(row.plan) : null;
  if (!plan) return null;
  return { plan, progress: progressRow ? parseProgress(progressRow.progress) : null };
}

/** Every stored plan, newest first. */
export async function listPlans(db: PlanDb): Promise<StoredPlan[]> {
  const rows = await db.plans.orderBy("createdAt").reverse().toArray();
  const progress = new Map((await db.progress.toArray()).map((r) => [r.planId, parseProgress(r.progress)]));
  return rows.flatMap((row) => {
    const plan = parsePlan(row.plan);
    return plan ? [{ plan, progress: progress.get(plan.id) ?? null }] : [];
  });
}

export async function deletePlan(db: PlanDb, id: string): Promise<void> {
  await db.transaction("rw", db.plans, db.progress, async () => {
    await db.plans.delete(id);
    await db.progress.delete(id);
  });
}

/** Deletes every plan store of this browser (sign-out), whoever made it. */
export async function clearPlanStores(): Promise<void> {
  const names = await Dexie.getDatabaseNames();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => Dexie.delete(n)));
}
