// Every user member of an iTwin, with their roles, paged with $top/$skip (U1). Members carry their
// roles, so no per-row follow-up request is ever needed. Progress is reported while pages arrive.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { UserMembersResponse, type UserMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { fetchAllPages, pageOf, PAGE_SIZE } from "../paging";
import { memberKeys } from "./member-keys";

export const MEMBERS_PAGE_SIZE = PAGE_SIZE;

export function fetchAllUserMembers(
  client: HttpClient,
  iTwinId: string,
  opts: { signal?: AbortSignal; onProgress?: (n: number) => void } = {},
): Promise<UserMember[]> {
  return fetchAllPages(
    client,
    {
      api: "accesscontrol",
      path: `/accesscontrol/itwins/${encodeURIComponent(iTwinId)}/members/users`,
      query: { $top: MEMBERS_PAGE_SIZE },
      schema: UserMembersResponse,
      signal: opts.signal,
    },
    (page) => pageOf(page.members, page._links),
    { onProgress: opts.onProgress },
  );
}

export const allUserMembersQuery = (client: HttpClient, iTwinId: string, onProgress?: (n: number) => void) =>
  queryOptions({
    queryKey: memberKeys.users(iTwinId),
    queryFn: ({ signal }) => fetchAllUserMembers(client, iTwinId, { signal, onProgress }),
    staleTime: 60_000,
  });

/** All user members; `loaded` counts members received so far while pages are still arriving. */
export function useAllUserMembers(iTwinId: string, enabled = true) {
  const client = useApiClient();
  const [loaded, setLoaded] = useState(0);
  const query = useQuery({ ...allUserMembersQuery(client, iTwinId, setLoaded), enabled });
  return { ...query, loaded };
}
