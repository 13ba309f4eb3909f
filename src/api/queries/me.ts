// The signed-in user's profile (getMe), shown in the app bar.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { operationQuery } from "../operation-queries";
import { userOperations } from "../operations/users";

export const meQuery = (client: HttpClient) => operationQuery(client, userOperations.getMe, {}, { staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery(useApiClient()));
}
