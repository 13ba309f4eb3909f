// The permission that gates every role operation (list, get, create, update, delete).
export const MANAGE_ROLES = "administration_manage_roles";
