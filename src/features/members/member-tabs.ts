// The Members page's tabs, as an address names them (?tab=…): shared by the page and the first
// screen's prefetch, so the prefetch warms the tab the page opens.
export const MEMBER_TABS = [
  { key: "users", label: "Users" },
  { key: "groups", label: "Groups" },
  { key: "owners", label: "Owners" },
  { key: "invitations", label: "Invitations" },
  { key: "shares", label: "Share links" },
] as const;
