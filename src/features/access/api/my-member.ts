// The signed-in person's own member record on an iTwin (getUserMember with their id): the roles they hold
// directly. Any member may read it, so even a read-only member sees what they hold.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { memberOperations } from "../../../api/operations/accesscontrol-members";

export function useMyMember(iTwinId: string, memberId: string | undefined) {
  const query = operationQuery(useApiClient(), memberOperations.getUserMember, { iTwinId, memberId: memberId ?? "" });
  return useQuery({ ...query, enabled: memberId !== undefined });
}
