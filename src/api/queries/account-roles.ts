// Roles of the Account iTwin: they can be given on every iTwin of the account, so they belong in every
// role picker and in what a member's roles grant. The account is found with GET /itwins/{id}/account
// (members only) and, for an organization administrator who is no member, with
// GET /itwins/myprimaryaccount; its roles with GET /accesscontrol/itwins/{accountId}/roles.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Role } from "../wire";
import { isApiError } from "../api-error";
import { useApiClient, type HttpClient } from "../client-context";
import { operationKey } from "../operation-queries";
import { iTwinOperations } from "../operations/itwins";
import { iTwinRolesQuery, useITwinRoles } from "./itwin-roles";
import { fetchPrimaryAccount } from "./primary-account";

export interface AccountRoles {
  /** null when the iTwin is itself the account, or no account could be found. */
  accountId: string | null;
  accountName: string | null;
  roles: Role[];
}

export async function fetchAccountRoles(
  queryClient: QueryClient,
  client: HttpClient,
  iTwinId: string,
  signal?: AbortSignal,
): Promise<AccountRoles> {
  let account: { id: string; displayName: string } | null;
  try {
    account = (await client.request(iTwinOperations.getITwinAccount, { iTwinId }, { signal })).iTwin;
  } catch (e) {
    if (!isApiError(e) || (e.status !== 404 && e.status !== 403)) throw e;
    account = await fetchPrimaryAccount(queryClient, client);
  }
  if (!account || account.id.toLowerCase() === iTwinId.toLowerCase()) return { accountId: null, accountName: null, roles: [] };
  // Under the account iTwin's own roles entry: every iTwin of the account shares it, so switching to
  // another of them asks only which account it has, not that account's roles again.
  const roles = await queryClient.fetchQuery(iTwinRolesQuery(client, account.id));
  return { accountId: account.id, accountName: account.displayName, roles };
}

export const accountRolesQuery = (queryClient: QueryClient, client: HttpClient, iTwinId: string) =>
  queryOptions({
    // Under the account iTwin's resource: it is that lookup, then the account's roles.
    queryKey: operationKey(iTwinOperations.getITwinAccount, { iTwinId }, "roles"),
    queryFn: ({ signal }) => fetchAccountRoles(queryClient, client, iTwinId, signal),
    staleTime: 60_000,
  });

export function useAccountRoles(iTwinId: string, enabled = true) {
  return useQuery({ ...accountRolesQuery(useQueryClient(), useApiClient(), iTwinId), enabled });
}

/**
 * The roles that can be given on the iTwin: its own, then its account's (ids in `accountRoleIds`).
 * The account's roles are extra: when they cannot be loaded the iTwin's own still are, and
 * `accountError` says why the others are missing.
 */
export function useAssignableRoles(iTwinId: string) {
  const own = useITwinRoles(iTwinId);
  const account = useAccountRoles(iTwinId);
  const ownIds = new Set((own.data ?? []).map((r) => r.id.toLowerCase()));
  const accountRoles = (account.data?.roles ?? []).filter((r) => !ownIds.has(r.id.toLowerCase()));
  return {
    data: own.data ? [...own.data, ...accountRoles] : undefined,
    isPending: own.isPending,
    isError: own.isError,
    error: own.error,
    refetch: own.refetch,
    accountRoleIds: new Set(accountRoles.map((r) => r.id.toLowerCase())) as ReadonlySet<string>,
    accountName: account.data?.accountName ?? null,
    accountError: account.error,
  };
}
