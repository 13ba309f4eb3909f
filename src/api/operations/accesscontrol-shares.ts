// Access Control v2 shares: keys that make an iTwin's data readable without signing in, for at most 90
// days. Organization administrators only.
import { CreateShareRequest, ShareResponse, SharesResponse } from "../wire-access";
import { defineOperations } from "./define";
import { resources } from "./resources";

const ac = "accesscontrol" as const;
const shares = "/accesscontrol/itwins/{iTwinId}/shares" as const;

export const shareOperations = defineOperations({
  createShare: {
    method: "POST",
    path: shares,
    api: ac,
    request: CreateShareRequest,
    response: ShareResponse,
    unwrap: "share",
    authorization: "organizationAdmin",
    resources: [resources.shares],
  },
  listShares: {
    method: "GET",
    path: shares,
    api: ac,
    response: SharesResponse,
    unwrap: "shares",
    authorization: "organizationAdmin",
    resources: [resources.shares],
  },
  getShare: {
    method: "GET",
    path: `${shares}/{shareId}`,
    api: ac,
    response: ShareResponse,
    unwrap: "share",
    authorization: "organizationAdmin",
    resources: [resources.shares],
  },
  revokeShare: {
    method: "DELETE",
    path: `${shares}/{shareId}`,
    api: ac,
    response: null,
    authorization: "organizationAdmin",
    resources: [resources.shares],
  },
});
