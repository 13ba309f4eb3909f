// Cache keys of the iTwin picker, derived from the catalogue.
import { operationKey } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";

export const iTwinKeys = {
  search: (text: string) => operationKey(iTwinOperations.listITwins, {}, text),
  recents: () => operationKey(iTwinOperations.listRecentITwins, {}),
  detail: (iTwinId: string) => operationKey(iTwinOperations.getITwin, { iTwinId }),
};
