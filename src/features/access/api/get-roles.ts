// R1 — every role of the iTwin with its permissions (not paged), plus the roles of its Account iTwin
// (which can be held on every iTwin of the account): resolves what member role refs grant, so no held
// role shows as unknown because it lives on the account. Account roles are named "… (account role)".
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Role } from "../../../api/wire";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { fetchAccountRoles } from "../../../api/queries/account-roles";
import { accessKeys } from "./access-keys";
import { roleOperations } from "../../../api/operations/accesscontrol-roles";

export const ACCOUNT_ROLE_SUFFIX = " (account role)";

export async function getRoles(client: HttpClient, iTwinId: string, signal?: AbortSignal): Promise<Role[]> {
  const [own, account] = await Promise.all([
    client.request(roleOperations.listRoles, { iTwinId }, { signal }).then((r) => r.roles),
    // Extra knowledge: without it the iTwin's own roles still explain what they grant.
    fetchAccountRoles(client, iTwinId, signal).catch(() => null),
  ]);
  const ownIds = new Set(own.map((r) => r.id.toLowerCase()));
  const fromAccount = (account?.roles ?? [])
    .filter((r) => !ownIds.has(r.id.toLowerCase()))
    .map((r) => ({ ...r, displayName: `${r.displayName}${ACCOUNT_ROLE_SUFFIX}` }));
  return [...own, ...fromAccount];
}

export const rolesQuery = (client: HttpClient, iTwinId: string) =>
  queryOptions({ queryKey: accessKeys.roles(iTwinId), queryFn: ({ signal }) => getRoles(client, iTwinId, signal), staleTime: 60_000 });

export function useRoles(iTwinId: string) {
  return useQuery(rolesQuery(useApiClient(), iTwinId));
}
