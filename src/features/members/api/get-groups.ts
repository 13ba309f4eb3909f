// The Access Control groups defined on the iTwin, to choose from when adding group members: the shared
// groups query (access insight reads the same entry).
import { useAllGroups } from "../../../api/queries/all-groups";

export function useGroups(iTwinId: string, enabled = true) {
  return useAllGroups(iTwinId, enabled);
}
