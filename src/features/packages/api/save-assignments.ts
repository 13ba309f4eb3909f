// Carries a plan of pending edits to the server: DELETE, then PATCH, then POST (E7, E6, E5). Each answer
// is the package's whole assignment list, written to the cache at once — so if a later request fails,
// the screen shows exactly what the server saved and the remaining edits stay pending.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Assignment } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import type { AssignmentPlan } from "../assignment-diff";
import { addAssignments } from "./add-assignments";
import { packageKeys } from "./package-keys";
import { patchAssignments } from "./patch-assignments";
import { removeAssignments } from "./remove-assignments";

export function useSaveAssignments(iTwinId: string, uniqueName: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = packageKeys.assignments(iTwinId, uniqueName);
  const saved = (assignments: Assignment[]) => queryClient.setQueryData(key, assignments);

  return useMutation({
    mutationFn: async (plan: AssignmentPlan) => {
      if (plan.remove) saved((await removeAssignments(client, iTwinId, uniqueName, plan.remove)).assignments);
      if (plan.patch) saved((await patchAssignments(client, iTwinId, uniqueName, plan.patch)).assignments);
      if (plan.post) saved((await addAssignments(client, iTwinId, uniqueName, plan.post)).assignments);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
