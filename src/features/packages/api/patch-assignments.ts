// PATCH .../packages/{uniqueName}/roles (E6) — replaces each listed iTwin role's package-role set.
import { AssignmentsResponse, type AssignmentListRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { assignmentsPath } from "./package-keys";

export function patchAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: AssignmentListRequest) {
  return client.request({ api: "edfs", method: "PATCH", path: assignmentsPath(iTwinId, uniqueName), body, schema: AssignmentsResponse });
}
