// POST .../packages/{uniqueName}/roles (E5) — gives iTwin roles package roles (added to what they hold).
import { AssignmentsResponse, type AssignmentListRequest } from "../../../api/wire";
import type { HttpClient } from "../../../api/client-context";
import { assignmentsPath } from "./package-keys";

export function addAssignments(client: HttpClient, iTwinId: string, uniqueName: string, body: AssignmentListRequest) {
  return client.request({ api: "edfs", method: "POST", path: assignmentsPath(iTwinId, uniqueName), body, schema: AssignmentsResponse });
}
