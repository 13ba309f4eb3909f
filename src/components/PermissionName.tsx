// A permission as a person reads it: the readable label, then the key in small monospace (what the API
// and exports say), with the one-line description on hover and focus. A key without a label shows raw.
import { permissionLabel } from "../lib/permission-labels";

interface PermissionNameProps {
  permission: string;
  className?: string;
  /** For grids with roving focus: the tab stop and the position the grid navigates by. */
  tabIndex?: number;
  pos?: string;
}

export function PermissionName({ permission, className, tabIndex, pos }: PermissionNameProps) {
  const info = permissionLabel(permission);
  const common = { className, tabIndex, "data-pos": pos };
  if (!info) {
    return (
      <span {...common} title={permission} style={{ fontFamily: "monospace" }}>
        {permission}
      </span>
    );
  }
  return (
    <span {...common} title={`${info.label} (${permission}): ${info.description}`}>
      {info.label} <span style={{ fontFamily: "monospace", fontSize: "0.8em", opacity: 0.75 }}>{permission}</span>
    </span>
  );
}
