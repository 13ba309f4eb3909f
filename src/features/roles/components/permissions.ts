// The permission that gates every role operation (list, get, create, update, delete).
import { roleOperations } from "../../../api/operations/accesscontrol-roles";
import { permissionOf } from "../../../api/operations/define";

export const MANAGE_ROLES = permissionOf(roleOperations.updateRole);
