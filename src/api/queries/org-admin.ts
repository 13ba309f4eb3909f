// Whether the caller is an organization administrator. No documented endpoint says so, so the console
// asks something only an organization administrator may read: the groups of the caller's primary
// account iTwin (GET /itwins/myprimaryaccount, then GET /accesscontrol/itwins/{accountId}/groups).
// 200 → yes; 403 → no; anything else → unknown, and the console then offers the organization-wide
// choice anyway and explains a refusal. Shared: the iTwin picker widens its list with it, and the
// organization's People view shows the signed-in administrator's administration of every iTwin.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api-error";
import { useApiClient, type HttpClient } from "../client-context";
import { operationKey } from "../operation-queries";
import { groupOperations } from "../operations/accesscontrol-groups";
import { iTwinOperations } from "../operations/itwins";
import { fetchPrimaryAccount } from "./primary-account";

/** Learnt from the primary account, under a key of its own beside the account itself. */
export const orgAdminKey = () => operationKey(iTwinOperations.getMyPrimaryAccount, {}, "org-admin");

export type OrgAdminStatus = "yes" | "no" | "unknown";

export interface OrgAdminProbe {
  status: OrgAdminStatus;
  accountId?: string;
}

export async function probeOrgAdmin(queryClient: QueryClient, client: HttpClient, signal?: AbortSignal): Promise<OrgAdminProbe> {
  let accountId: string;
  try {
    accountId = (await fetchPrimaryAccount(queryClient, client)).id;
  } catch (e) {
    if (signal?.aborted) throw e;
    return { status: "unknown" };
  }
  try {
    await client.request(groupOperations.listGroups, { iTwinId: accountId }, { query: { $top: 1 }, signal });
    return { status: "yes", accountId };
  } catch (e) {
    if (signal?.aborted) throw e;
    return { status: isApiError(e) && e.status === 403 ? "no" : "unknown", accountId };
  }
}

export const orgAdminQuery = (queryClient: QueryClient, client: HttpClient) =>
  queryOptions({
    queryKey: orgAdminKey(),
    queryFn: ({ signal }) => probeOrgAdmin(queryClient, client, signal),
    staleTime: 30 * 60_000,
  });

/** `undefined` while the probe runs. */
export function useOrgAdmin(): OrgAdminStatus | undefined {
  return useQuery(orgAdminQuery(useQueryClient(), useApiClient())).data?.status;
}
