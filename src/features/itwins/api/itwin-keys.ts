export const iTwinKeys = {
  all: ["itwins"] as const,
  search: (text: string) => ["itwins", "search", text] as const,
  recents: () => ["itwins", "recents"] as const,
  detail: (id: string) => ["itwins", "detail", id] as const,
};
