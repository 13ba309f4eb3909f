// Users v1: the caller's profile, and same-organization people by search or id.
import { z } from "zod";
import { MeResponse, UserResponse, UsersResponse } from "../wire";
import { defineOperations } from "./define";
import { resources } from "./resources";

const users = "users" as const;

export const userOperations = defineOperations({
  getMe: {
    method: "GET",
    path: "/users/me",
    api: users,
    response: MeResponse,
    unwrap: "user",
    authorization: "signed-in",
    resources: [resources.me],
  },
  /** `$search` (3–200 characters) as query. */
  searchUsers: {
    method: "GET",
    path: "/users",
    api: users,
    response: UsersResponse,
    unwrap: "users",
    authorization: "signed-in",
    resources: [resources.users],
  },
  /** Body: a JSON array of at most 1,000 user ids; people of other organizations are left out. */
  getUsersByIds: {
    method: "POST",
    path: "/users/getbyidlist",
    api: users,
    request: z.array(z.string()).max(1000),
    response: UsersResponse,
    unwrap: "users",
    authorization: "signed-in",
    resources: [resources.users],
  },
  getUser: {
    method: "GET",
    path: "/users/{userId}",
    api: users,
    response: UserResponse,
    unwrap: "user",
    authorization: "signed-in",
    resources: [resources.users],
  },
});
