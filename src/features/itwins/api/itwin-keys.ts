import type { ITwinScope } from "../itwin-scope";

export const iTwinKeys = {
  all: ["itwins"] as const,
  search: (text: string, scope: ITwinScope = "mine") => ["itwins", "search", scope, text] as const,
  recents: () => ["itwins", "recents"] as const,
  detail: (id: string) => ["itwins", "detail", id] as const,
  orgAdmin: () => ["itwins", "org-admin"] as const,
};
