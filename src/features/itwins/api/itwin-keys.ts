// Cache keys of the iTwin picker, derived from the catalogue.
import { operationKey } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";
import type { ITwinScope } from "../../../api/query-scope";

export const iTwinKeys = {
  search: (text: string, scope: ITwinScope = "mine") => operationKey(iTwinOperations.listITwins, {}, scope, text),
  recents: () => operationKey(iTwinOperations.listRecentITwins, {}),
  detail: (iTwinId: string) => operationKey(iTwinOperations.getITwin, { iTwinId }),
};
