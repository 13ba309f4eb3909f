// Every user member of an iTwin, with their roles, paged by $top/$skip (listUserMembers). Members carry
// their roles, so no per-row follow-up request is ever needed. Progress is reported while pages arrive.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { UserMember } from "../wire";
import { useApiClient, type HttpClient } from "../client-context";
import { allPagesQuery, fetchAll } from "../operation-queries";
import { memberOperations } from "../operations/accesscontrol-members";
import { PAGE_SIZE } from "../paging";

export const MEMBERS_PAGE_SIZE = PAGE_SIZE;

export function fetchAllUserMembers(
  client: HttpClient,
  iTwinId: string,
  opts: { signal?: AbortSignal; onProgress?: (n: number) => void } = {},
): Promise<UserMember[]> {
  return fetchAll(
    client,
    memberOperations.listUserMembers,
    { iTwinId },
    {
      top: MEMBERS_PAGE_SIZE,
      ...(opts.signal && { signal: opts.signal }),
      ...(opts.onProgress && { onProgress: opts.onProgress }),
    },
  );
}

export const allUserMembersQuery = (client: HttpClient, iTwinId: string, onProgress?: (n: number) => void) =>
  allPagesQuery(
    client,
    memberOperations.listUserMembers,
    { iTwinId },
    {
      top: MEMBERS_PAGE_SIZE,
      staleTime: 60_000,
      ...(onProgress && { onProgress }),
    },
  );

/** All user members; `loaded` counts members received so far while pages are still arriving. */
export function useAllUserMembers(iTwinId: string, enabled = true) {
  const client = useApiClient();
  const [loaded, setLoaded] = useState(0);
  const query = useQuery({ ...allUserMembersQuery(client, iTwinId, setLoaded), enabled });
  return { ...query, loaded };
}
