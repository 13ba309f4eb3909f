// Every route of the console with its link builder: links never concatenate paths by hand.
const seg = encodeURIComponent;

export const routes = {
  home: { path: "/", to: () => "/" },
  signedOut: { path: "/signed-out", to: () => "/signed-out" },
  roles: { path: "/itwins/:iTwinId/roles", to: (p: { iTwinId: string }) => `/itwins/${seg(p.iTwinId)}/roles` },
  members: { path: "/itwins/:iTwinId/members", to: (p: { iTwinId: string }) => `/itwins/${seg(p.iTwinId)}/members` },
  packages: { path: "/itwins/:iTwinId/packages", to: (p: { iTwinId: string }) => `/itwins/${seg(p.iTwinId)}/packages` },
  access: { path: "/itwins/:iTwinId/access", to: (p: { iTwinId: string }) => `/itwins/${seg(p.iTwinId)}/access` },
} as const;

export type ITwinSection = "roles" | "members" | "packages" | "access";
export const toSection = (section: ITwinSection, iTwinId: string) => routes[section].to({ iTwinId });
