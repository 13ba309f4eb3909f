// CSV exports of the access views: one row per permission and path, so a spreadsheet can filter by either.
import { toCsv } from "../../lib/csv";
import { permissionLabel } from "../../lib/permission-labels";
import type { Holder } from "./who-has-it";
import { personName, type AccessPath, type EffectiveAccess } from "./effective-access";

const via = (p: AccessPath) => (p.kind === "direct" ? "Direct" : "Group");
const group = (p: AccessPath) => (p.kind === "group" ? p.groupName : "");

export function effectiveAccessCsv(access: EffectiveAccess): string {
  const who = personName(access.person);
  const rows = access.permissions.flatMap(({ permission, paths }) =>
    paths.map((p) => [
      who,
      access.person.email,
      permission,
      permissionLabel(permission)?.label ?? "",
      via(p),
      group(p),
      p.role.displayName,
    ]),
  );
  return toCsv(["Member", "E-mail", "Permission", "Permission label", "Via", "Group", "Role"], rows);
}

export function whoHasItCsv(subject: string, holders: readonly Holder[]): string {
  const rows = holders.flatMap(({ person, paths }) =>
    paths.map((p) => [subject, personName(person), person.email, via(p), group(p), p.role.displayName]),
  );
  return toCsv(["Role or permission", "Member", "E-mail", "Via", "Group", "Role"], rows);
}

export const csvFileName = (what: string) =>
  `${
    what
      .replace(/[^a-z0-9]+/gi, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "access"
  }.csv`;
