// Role fixtures shared by this feature's tests.
import type { Role } from "../../api/wire";

export const role = (id: string, displayName: string, permissions: string[], type: "Custom" | "Default" = "Custom"): Role => ({
  id,
  displayName,
  description: `${displayName} description`,
  permissions,
  type,
});
