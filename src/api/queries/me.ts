// The signed-in user's profile (GET /users/me), shown in the app bar.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { MeResponse } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";

export const meQuery = (client: HttpClient) =>
  queryOptions({
    queryKey: ["users", "me"] as const,
    queryFn: ({ signal }) => client.request({ api: "users", path: "/users/me", schema: MeResponse, signal }).then((r) => r.user),
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQuery(useApiClient()));
}
