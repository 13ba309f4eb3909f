// The caller's own permissions on an iTwin (P2). Every feature reads it to decide what to enable, and
// a disabled control names the permission it needs.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { roleOperations } from "../operations/accesscontrol-roles";

export const myPermissionsKeys = {
  all: ["my-permissions"] as const,
  forITwin: (iTwinId: string) => ["my-permissions", iTwinId] as const,
};

export function getMyPermissions(client: HttpClient, iTwinId: string, signal?: AbortSignal) {
  return client.request(roleOperations.listMyPermissions, { iTwinId }, { signal });
}

export const myPermissionsQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({
    queryKey: myPermissionsKeys.forITwin(iTwinId),
    queryFn: ({ signal }) => getMyPermissions(client, iTwinId, signal).then((r) => new Set(r.permissions)),
    staleTime: 60_000,
  });

export function useMyPermissions(iTwinId: string) {
  const client = useApiClient();
  return useQuery(myPermissionsQuery(client, iTwinId));
}

/** `allowed` is false until the permissions are known (`known`); the server has the last word anyway. */
export function useCan(iTwinId: string, permission: string): { allowed: boolean; known: boolean } {
  const { data } = useMyPermissions(iTwinId);
  return { allowed: data ? data.has(permission) : false, known: data !== undefined };
}
