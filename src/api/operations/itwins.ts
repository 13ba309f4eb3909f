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
