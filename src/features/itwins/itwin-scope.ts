// Which iTwins the picker lists: the caller's own ("My iTwins", what the iTwins API answers by default)
// or, for an organization administrator, every iTwin of the organization (the request then carries
// `x-itwin-query-scope: OrganizationAdmin`). Kept for the browser tab, like the session itself.
import { useSyncExternalStore } from "react";
import type { ITwinScope } from "../../api/query-scope";

export const SCOPE_LABELS: Record<ITwinScope, string> = {
  mine: "My iTwins",
  organization: "All iTwins of my organization",
};

const KEY = "itwin-access-console.itwin-scope";
const listeners = new Set<() => void>();

function read(): ITwinScope {
  try {
    return sessionStorage.getItem(KEY) === "organization" ? "organization" : "mine";
  } catch {
    return "mine";
  }
}

let current: ITwinScope = read();

export function setITwinScope(scope: ITwinScope): void {
  current = scope;
  try {
    sessionStorage.setItem(KEY, scope);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts until reload.
  }
  listeners.forEach((l) => l());
}

export function useITwinScope(): ITwinScope {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
