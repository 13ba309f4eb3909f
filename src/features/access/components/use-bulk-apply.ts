// Applies a bulk plan: PATCHes paced a few at a time (the HTTP client waits out 429s through its shared
// gate, so a rate limit slows the run instead of failing it), a result per member as the server
// answers, and retry of the failures only. The member lists are invalidated after every run.
import { useCallback, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import { memberKeys } from "../../../api/queries/member-keys";
import type { RoleRef } from "../../../api/wire";
import { updateMemberRoles } from "../api/update-member-roles";
import type { PlanEntry } from "../bulk-plan";
import { runPaced } from "../run-paced";

export const BULK_CONCURRENCY = 3;

export type MemberResult =
  | { status: "queued" }
  | { status: "saving" }
  | { status: "saved"; roles: RoleRef[] }
  | { status: "failed"; error: unknown };

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
        await runPaced(entries, (e) => updateMemberRoles(client, iTwinId, e.member.id, e.roleIds), {
          concurrency: BULK_CONCURRENCY,
          onStart: (e) => set(e.member.id, { status: "saving" }),
          onSettled: (e, r) => set(e.member.id, r.ok ? { status: "saved", roles: r.value.roles } : { status: "failed", error: r.error }),
        });
      } finally {
        setRunning(false);
        await queryClient.invalidateQueries({ queryKey: memberKeys.forITwin(iTwinId) });
      }
    },
    [client, iTwinId, queryClient],
  );

  const reset = useCallback(() => setResults({}), []);
  return { results, running, run, reset };
}
