// iTwins v1: the caller's iTwins, one iTwin, favorites and recents. Non-members get 404 iTwinNotFound.
import { ITwinResponse, ITwinsResponse } from "../wire";
import { defineOperations } from "./define";
import { resources } from "./resources";

const itwins = "itwins" as const;

export const iTwinOperations = defineOperations({
  /** `$search`, `subClass`, `status`, `includeInactive`, `number`, `displayName` as query. */
  listITwins: {
    method: "GET",
    path: "/itwins",
    api: itwins,
    response: ITwinsResponse,
    unwrap: "iTwins",
    authorization: "signed-in",
    paged: true,
    resources: [resources.iTwins],
  },
  listFavoriteITwins: {
    method: "GET",
    path: "/itwins/favorites",
    api: itwins,
    response: ITwinsResponse,
    unwrap: "iTwins",
    authorization: "signed-in",
    paged: true,
    resources: [resources.favoriteITwins],
  },
  addFavoriteITwin: {
    method: "POST",
    path: "/itwins/favorites/{iTwinId}",
    api: itwins,
    response: null,
    authorization: "signed-in",
    resources: [resources.favoriteITwins],
  },
  removeFavoriteITwin: {
    method: "DELETE",
    path: "/itwins/favorites/{iTwinId}",
    api: itwins,
    response: null,
    authorization: "signed-in",
    resources: [resources.favoriteITwins],
  },
  listRecentITwins: {
    method: "GET",
    path: "/itwins/recents",
    api: itwins,
    response: ITwinsResponse,
    unwrap: "iTwins",
    authorization: "signed-in",
    paged: true,
    resources: [resources.recentITwins],
  },
  markITwinRecent: {
    method: "POST",
    path: "/itwins/recents/{iTwinId}",
    api: itwins,
    response: null,
    authorization: "signed-in",
    resources: [resources.recentITwins],
  },
  /** The organization's Account iTwin (class and subClass Account), for anyone of the organization. */
  getMyPrimaryAccount: {
    method: "GET",
    path: "/itwins/myprimaryaccount",
    api: itwins,
    response: ITwinResponse,
    unwrap: "iTwin",
    authorization: "signed-in",
    resources: [resources.accountITwin],
  },
  /** The Account iTwin an iTwin belongs to; the caller must be a member of the iTwin. */
  getITwinAccount: {
    method: "GET",
    path: "/itwins/{iTwinId}/account",
    api: itwins,
    response: ITwinResponse,
    unwrap: "iTwin",
    authorization: "signed-in",
    resources: [resources.accountITwin],
  },
  getITwin: {
    method: "GET",
    path: "/itwins/{iTwinId}",
    api: itwins,
    response: ITwinResponse,
    unwrap: "iTwin",
    authorization: "signed-in",
    resources: [resources.iTwins],
  },
});
