// addPackageRoleAssignments — gives iTwin roles package roles (added to what they hold).
import type { AssignmentListRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { edfsOperations } from "../../../api/operations/edfs";

export function addAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: AssignmentListRequest) {
  return client.request(edfsOperations.addPackageRoleAssignments, { iTwinId, uniqueName }, { body });
}
