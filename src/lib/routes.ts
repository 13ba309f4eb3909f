// Every route of the console, defined once: its path pattern, the permission its page needs to show its
// data (null: any signed-in member), and a link builder made from the same pattern, so links never
// concatenate paths by hand. A new iTwin section is added to `sectionRoutes` and nowhere else.
import { groupOperations } from "../api/operations/accesscontrol-groups";
import { roleOperations } from "../api/operations/accesscontrol-roles";
import { permissionOf } from "../api/operations/define";
import { edfsOperations } from "../api/operations/edfs";

/** Fills `:name` placeholders of a path pattern with URL-encoded values. */
function fill(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing route parameter "${name}" for ${pattern}`);
    return encodeURIComponent(value);
  });
}

export type ITwinParams = { iTwinId: string };

function route(path: string, permission: string | null = null) {
  return { path, permission, to: () => path } as const;
}

function iTwinSection<K extends string>(key: K, label: string, permission: string | null) {
  const path = `/itwins/:iTwinId/${key}`;
  return { key, label, path, permission, to: (params: ITwinParams) => fill(path, params) } as const;
}

/** The sections of an iTwin, in the order of the tabs. */
export const sectionRoutes = {
  roles: iTwinSection("roles", "Roles", permissionOf(roleOperations.listRoles)),
  members: iTwinSection("members", "Members", null),
  groups: iTwinSection("groups", "Groups", permissionOf(groupOperations.createGroup)),
  privileged: iTwinSection("privileged", "Privileged", permissionOf(roleOperations.listRoles)),
  packages: iTwinSection("packages", "Packages", permissionOf(edfsOperations.listPackages)),
  access: iTwinSection("access", "Access insight", permissionOf(roleOperations.listRoles)),
} as const;

export type ITwinSection = keyof typeof sectionRoutes;
export type SectionRoute = (typeof sectionRoutes)[ITwinSection];

export const iTwinSections: readonly SectionRoute[] = Object.values(sectionRoutes);

export const routes = {
  home: route("/"),
  signedOut: route("/signed-out"),
  /** The whole organization at once (organization administrators): no iTwin chosen. */
  organization: route("/organization"),
  iTwin: { path: "/itwins/:iTwinId", permission: null, to: (params: ITwinParams) => fill("/itwins/:iTwinId", params) },
  ...sectionRoutes,
} as const;

/** The section a pathname shows (the first, roles, for the bare iTwin path). */
export function sectionOf(pathname: string): SectionRoute {
  return iTwinSections.find((s) => pathname.endsWith(`/${s.key}`)) ?? sectionRoutes.roles;
}
