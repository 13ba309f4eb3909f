// searchUsers — colleagues of the caller's organization by name or e-mail (`$search`, 3–200 characters,
// at most 1,000 answers, not paged), for the suggestions of "Add users". People of other organizations
// are never found: they are still added by typing their address (and are invited).
import { useQuery } from "@tanstack/react-query";
import { useApiClient, type HttpClient } from "../../../api/client-context";
import { operationQuery } from "../../../api/operation-queries";
import { userOperations } from "../../../api/operations/users";

export const userSearchQuery = (client: HttpClient, text: string) =>
  operationQuery(client, userOperations.searchUsers, {}, { query: { $search: text }, keyExtra: [text.toLowerCase()], staleTime: 60_000 });

/** `text` undefined: nothing to search yet. */
export function useUserSearch(text: string | undefined) {
  return useQuery({
    ...userSearchQuery(useApiClient(), text ?? ""),
    enabled: text !== undefined,
    retry: false,
    placeholderData: (previous) => previous,
  });
}
