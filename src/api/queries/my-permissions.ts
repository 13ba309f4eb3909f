// The caller's own permissions on an iTwin (listMyPermissions). Every feature reads it to decide what
// to enable, and a disabled control names the permission its operation needs.
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../client-context";
import { operationQuery } from "../operation-queries";
import { roleOperations } from "../operations/accesscontrol-roles";
import type { AnyOperation } from "../operations/define";

const toSet = (permissions: string[]) => new Set(permissions);

export const myPermissionsQuery = (client: HttpClient, iTwinId: string) => ({
  ...operationQuery(client, roleOperations.listMyPermissions, { iTwinId }, { staleTime: 60_000 }),
  select: toSet,
});

export function useMyPermissions(iTwinId: string) {
  return useQuery(myPermissionsQuery(useApiClient(), iTwinId));
}

/** `allowed` is false until the permissions are known (`known`); the server has the last word anyway. */
export function useCan(iTwinId: string, permission: string): { allowed: boolean; known: boolean } {
  const { data } = useMyPermissions(iTwinId);
  return { allowed: data ? data.has(permission) : false, known: data !== undefined };
}

/**
 * What the caller lacks for `op`: the first of its permissions not held (undefined while unknown or
 * when nothing is missing). Buttons disable themselves with it and name it.
 */
export function missingPermission(held: ReadonlySet<string> | undefined, op: AnyOperation): string | undefined {
  return held ? op.permissions.find((p) => !held.has(p)) : undefined;
}

/** `useCan` for an operation: allowed when the caller holds every permission the operation needs. */
export function useCanCall(iTwinId: string, op: AnyOperation): { allowed: boolean; known: boolean; missing: string | undefined } {
  const { data } = useMyPermissions(iTwinId);
  const missing = missingPermission(data, op);
  return { allowed: data !== undefined && missing === undefined, known: data !== undefined, missing };
}
