// The iTwin roles that can be given package roles: the shared roles query, reduced to ids and names
// and sorted for the editor and the picture.
import { useQuery } from "@tanstack/react-query";
import type { Role } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import { iTwinRolesQuery } from "../../../api/queries/itwin-roles";

export interface ITwinRoleRef {
  id: string;
  displayName: string;
}

const toRefs = (roles: Role[]): ITwinRoleRef[] =>
  roles.map((role) => ({ id: role.id, displayName: role.displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName));

export function useITwinRoles(iTwinId: string) {
  return useQuery({ ...iTwinRolesQuery(useApiClient(), iTwinId), select: toRefs });
}
