// Each role's outcome of the last save, as shown at the head of its column.
import type { RoleSaveResult } from "../save-role-changes";
import { errorText } from "./ReviewChangesDialog";

export interface ColumnStatus {
  kind: "saved" | "failed" | "conflict";
  message: string;
}

export function columnStatuses(results: Iterable<RoleSaveResult>): ReadonlyMap<string, ColumnStatus> {
  const map = new Map<string, ColumnStatus>();
  for (const result of results) {
    if (result.status === "saved") map.set(result.roleId, { kind: "saved", message: "" });
    else if (result.status === "failed") map.set(result.roleId, { kind: "failed", message: errorText(result.error) });
    // A deleted role has no column any more: the save results say what became of its changes.
    else if (result.status === "gone") continue;
    else
      map.set(result.roleId, {
        kind: "conflict",
        message: [...result.addedOnServer.map((p) => `+${p}`), ...result.removedOnServer.map((p) => `−${p}`)].join(", "),
      });
  }
  return map;
}
