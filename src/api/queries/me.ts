// The signed-in user's profile (GET /users/me), shown in the app bar.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { userOperations } from "../operations/users";

export const meQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: ["users", "me"] as const,
    queryFn: ({ signal }) => client.request(userOperations.getMe, {}, { signal }).then((r) => r.user),
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQuery(useApiClient()));
}
