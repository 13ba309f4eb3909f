// Cache keys of the packages feature, derived from the catalogue; the editor reads and writes the
// assignments entry directly (each answer is the whole list).
import { operationKey } from "../../../api/operation-queries";
import { edfsOperations } from "../../../api/operations/edfs";

export const packageKeys = {
  list: () => operationKey(edfsOperations.listPackages, {}),
  detail: (uniqueName: string) => operationKey(edfsOperations.getPackage, { uniqueName }),
  packageRoles: () => operationKey(edfsOperations.listPackageRoles, {}),
  assignments: (iTwinId: string, uniqueName: string) => operationKey(edfsOperations.listPackageRoleAssignments, { iTwinId, uniqueName }),
};
