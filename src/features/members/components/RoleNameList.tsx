// Role names in a sentence ("Reader, Write Access"), each isolated so one name cannot reorder the next.
import { Fragment } from "react";
import type { RoleRef } from "../../../api/wire";
import { ServerName } from "../../../components/ServerName";

export function RoleNameList({ roles, empty = "none" }: { roles: readonly Pick<RoleRef, "id" | "displayName">[]; empty?: string }) {
  if (roles.length === 0) return <>{empty}</>;
  return (
    <>
      {roles.map((r, i) => (
        <Fragment key={r.id}>
          {i > 0 ? ", " : null}
          <ServerName name={r.displayName} />
        </Fragment>
      ))}
    </>
  );
}
