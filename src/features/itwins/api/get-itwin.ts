// getITwin — one iTwin; 404 iTwinNotFound when it does not exist or the caller is not a member.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";

export const getITwinQuery = (client: HttpClient, id: string) =>
  operationQuery(client, iTwinOperations.getITwin, { iTwinId: id }, { staleTime: 5 * 60_000 });

/** No request for an empty id (outside an iTwin). */
export function useITwin(id: string) {
  return useQuery({ ...getITwinQuery(useApiClient(), id), enabled: id !== "" });
}
