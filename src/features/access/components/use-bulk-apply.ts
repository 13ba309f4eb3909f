// Applies a bulk plan: PATCHes paced a few at a time (the HTTP client waits out 429s through its shared
// gate, so a rate limit slows the run instead of failing it), a result per member as the server
// answers, and retry of the failures only. The member lists are invalidated after every run.
import { useCallback, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import { invalidateAfter } from "../../../api/operation-queries";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import type { RoleRef } from "../../../api/wire";
import { updateUserMemberRolesLogged } from "../../../api/queries/update-user-member-roles";
import type { PlanEntry } from "../bulk-plan";
import { personFromUser, personName } from "../effective-access";
import { runPaced } from "../../../lib/run-paced";

export const BULK_CONCURRENCY = 3;

export type MemberResult =
  { status: "queued" } | { status: "saving" } | { status: "saved"; roles: RoleRef[] } | { status: "failed"; error: unknown };

export function useBulkApply(iTwinId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [results, setResults] = useState<Record<string, MemberResult>>({});
  const [running, setRunning] = useState(false);

  const run = useCallback(
    async (entries: readonly PlanEntry[]) => {
      const set = (id: string, r: MemberResult) => setResults((prev) => ({ ...prev, [id]: r }));
      setRunning(true);
      setResults((prev) => ({ ...prev, ...Object.fromEntries(entries.map((e) => [e.member.id, { status: "queued" } as MemberResult])) }));
      try {
        // Each member's change goes to the change log with its own undo.
        const send = (e: PlanEntry) =>
          updateUserMemberRolesLogged(client, queryClient, iTwinId, e.member.id, e.roleIds, {
            memberName: personName(personFromUser(e.member)),
            previousRoleIds: e.member.roles.map((r) => r.id),
            summary: `bulk change: ${[...e.added.map((r) => `+ ${r.displayName}`), ...e.removed.map((r) => `− ${r.displayName}`)].join(", ")}`,
          });
        await runPaced(entries, send, {
          concurrency: BULK_CONCURRENCY,
          onStart: (e) => set(e.member.id, { status: "saving" }),
          onSettled: (e, r) => set(e.member.id, r.ok ? { status: "saved", roles: r.value.roles } : { status: "failed", error: r.error }),
        });
      } finally {
        setRunning(false);
        await invalidateAfter(queryClient, memberOperations.updateUserMemberRoles, { iTwinId });
      }
    },
    [client, iTwinId, queryClient],
  );

  const reset = useCallback(() => setResults({}), []);
  return { results, running, run, reset };
}
