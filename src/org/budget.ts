// The request budget per minute: config.json's `requestsPerMinute` (default 500, the usual tier),
// changeable on the organization page for a tier with another limit; remembered per browser tab.
import { createExternalStore } from "../lib/external-store";

export const DEFAULT_BUDGET = 500;
const KEY = "org-index-budget";

function stored(): number | null {
  const n = Number(globalThis.sessionStorage?.getItem(KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const requestBudget = createExternalStore<number>(stored() ?? DEFAULT_BUDGET);

export function setConfiguredBudget(perMinute: number): void {
  if (stored() === null) requestBudget.set(perMinute);
}

export function chooseBudget(perMinute: number): void {
  globalThis.sessionStorage?.setItem(KEY, String(perMinute));
  requestBudget.set(perMinute);
}
