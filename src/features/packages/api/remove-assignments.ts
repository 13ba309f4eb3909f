// removePackageRoleAssignments — removes every package role of the listed iTwin roles.
import type { RemoveAssignmentsRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { edfsOperations } from "../../../api/operations/edfs";

export function removeAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: RemoveAssignmentsRequest) {
  return client.request(edfsOperations.removePackageRoleAssignments, { iTwinId, uniqueName }, { body });
}
