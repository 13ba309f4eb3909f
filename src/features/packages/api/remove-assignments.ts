// DELETE .../packages/{uniqueName}/roles (E7) — removes every package role of the listed iTwin roles.
import { AssignmentsResponse, type RemoveAssignmentsRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { assignmentsPath } from "./package-keys";

export function removeAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: RemoveAssignmentsRequest) {
  return client.request({ api: "edfs", method: "DELETE", path: assignmentsPath(iTwinId, uniqueName), body, schema: AssignmentsResponse });
}
