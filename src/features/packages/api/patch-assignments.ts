// replacePackageRoleAssignments — replaces each listed iTwin role's package-role set.
import type { AssignmentListRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { edfsOperations } from "../../../api/operations/edfs";

export function patchAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: AssignmentListRequest) {
  return client.request(edfsOperations.replacePackageRoleAssignments, { iTwinId, uniqueName }, { body });
}
