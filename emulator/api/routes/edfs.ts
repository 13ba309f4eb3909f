// EDFS packages and package-role assignments. Assignment changes need administration_manage_roles + edfs_ilsmng on the iTwin, plus the
// permissions of every package role being assigned or unassigned (edfs_objipexec for the only one).
import type { ErrorDetail } from "../../../src/api/wire";
import type { ITwinRecord, PackageRecord } from "../../data/store";
import { canSee, effectivePermissions, isOwner, requirePermissions } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { bodyObject, ok, type RequestContext, type Router } from "../http";
import { assignmentsView } from "../views";
import { union } from "./member-body";
import { edfsOperations } from "../../../src/api/operations/edfs";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

const UNIQUE_NAME = /^[A-Za-z0-9_.-]+$/;
// The permissions every assignment change needs, as the catalogue states them.
const ASSIGN = edfsOperations.addPackageRoleAssignments.permissions;

export function registerEdfs(router: Router): void {
  route(router, edfsOperations.listPackages, (ctx) => {
    return ok({ packages: [...ctx.store.packages.values()].map(summary) });
  });

  // Registered before /edfs/packages/:uniqueName: the literal path wins.
  route(router, edfsOperations.listPackageRoles, (ctx) => {
    return ok({ packageRoles: ctx.store.packageRoles.map((r) => ({ roleId: r.roleId, name: r.name, description: r.description })) });
  });

  route(router, edfsOperations.getPackage, (ctx) => {
    const pkg = findPackage(ctx, ctx.params.uniqueName);
    if (!pkg) throw errors.packageNotFound();
    return ok({ ...summary(pkg), inputExample: pkg.inputExample, responseExample: pkg.responseExample, lastChange: pkg.lastChange });
  });

  route(router, edfsOperations.listPackageRoleAssignments, (ctx) => {
    const { itwin, uniqueName } = target(
      ctx,
      () => [],
      () => [],
    );
    const view = assignmentsView(itwin, ctx.store, uniqueName);
    // Documented: 404 when the package has no assignments on the iTwin; an empty list is the other choice.
    if (view.assignments.length === 0 && ctx.settings.emptyAssignments === "not-found") throw errors.assignmentListNotFound();
    return ok(view);
  });

  route(router, edfsOperations.addPackageRoleAssignments, (ctx) => {
    const { itwin, uniqueName, entries } = assignmentTarget(ctx, "add");
    const byRole = assignmentsOf(itwin, uniqueName);
    for (const e of entries) byRole.set(e.roleId, union(byRole.get(e.roleId) ?? [], e.packageRoleIds));
    return ok(assignmentsView(itwin, ctx.store, uniqueName));
  });

  route(router, edfsOperations.replacePackageRoleAssignments, (ctx) => {
    const { itwin, uniqueName, entries } = assignmentTarget(ctx, "replace");
    const byRole = assignmentsOf(itwin, uniqueName);
    for (const e of entries) {
      if (e.packageRoleIds.length === 0) byRole.delete(e.roleId);
      else byRole.set(e.roleId, [...new Set(e.packageRoleIds)]);
    }
    return ok(assignmentsView(itwin, ctx.store, uniqueName));
  });

  route(router, edfsOperations.removePackageRoleAssignments, (ctx) => {
    const raw = bodyObject(ctx)?.iTwinRoleIds;
    const roleIds = Array.isArray(raw) ? raw.filter((r): r is string => typeof r === "string").map((r) => r.toLowerCase()) : [];
    const { itwin, uniqueName } = target(
      ctx,
      (itwin) => roleIds.flatMap((r) => itwin.edfs.get(ctx.params.uniqueName ?? "")?.get(r) ?? []),
      (itwin) => {
        if (!Array.isArray(raw) || raw.length === 0) return [detail.invalidBody()];
        return raw.some((r) => !isRoleOf(itwin, r)) ? [detail.edfsITwinRoleId()] : [];
      },
    );
    const byRole = assignmentsOf(itwin, uniqueName);
    for (const r of roleIds) byRole.delete(r);
    return ok(assignmentsView(itwin, ctx.store, uniqueName));
  });
}

interface Entry {
  roleId: string;
  packageRoleIds: string[];
}

function assignmentTarget(ctx: RequestContext, mode: "add" | "replace") {
  const rawEntries = (): Record<string, unknown>[] => {
    const list = bodyObject(ctx)?.assignments;
    return Array.isArray(list) ? list.filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null) : [];
  };
  const pkgIds = (e: Record<string, unknown>): string[] =>
    Array.isArray(e.packageRoleIds) ? e.packageRoleIds.filter((p): p is string => typeof p === "string").map((p) => p.toLowerCase()) : [];
  const result = target(
    ctx,
    (itwin) =>
      rawEntries().flatMap((e) => {
        const current =
          typeof e.iTwinRoleId === "string" ? (itwin.edfs.get(ctx.params.uniqueName ?? "")?.get(e.iTwinRoleId.toLowerCase()) ?? []) : [];
        const next = pkgIds(e);
        // Replacing also unassigns: the caller needs the permissions of what goes away, too.
        return mode === "add"
          ? next.filter((p) => !current.includes(p))
          : [...next.filter((p) => !current.includes(p)), ...current.filter((p) => !next.includes(p))];
      }),
    (itwin) => {
      const list = bodyObject(ctx)?.assignments;
      if (!Array.isArray(list) || list.length === 0) return [detail.invalidBody()];
      const details: ErrorDetail[] = [];
      const entries = rawEntries();
      if (entries.length !== list.length) details.push(detail.invalidBody());
      if (entries.some((e) => !isRoleOf(itwin, e.iTwinRoleId))) details.push(detail.edfsITwinRoleId());
      const known = new Set(ctx.store.packageRoles.map((r) => r.roleId));
      if (
        entries.some(
          (e) => !Array.isArray(e.packageRoleIds) || e.packageRoleIds.some((p) => typeof p !== "string" || !known.has(p.toLowerCase())),
        )
      ) {
        details.push(detail.edfsPackageRoleIds());
      }
      return details;
    },
  );
  const entries: Entry[] = rawEntries().map((e) => ({ roleId: (e.iTwinRoleId as string).toLowerCase(), packageRoleIds: pkgIds(e) }));
  return { ...result, entries };
}

/**
 * The shared prologue of the assignment operations in the emulator's check order: a malformed iTwin id is a 422 (the EDFS
 * docs name iTwinId among the 422 targets), an unknown one 404, then 403, then 422, then 404 package.
 */
function target(
  ctx: RequestContext,
  packageRolesTouched: (itwin: ITwinRecord) => string[],
  bodyDetails: (itwin: ITwinRecord | undefined) => ErrorDetail[],
): { itwin: ITwinRecord; uniqueName: string } {
  const { iTwinId = "", uniqueName = "" } = ctx.params;
  const badName = !UNIQUE_NAME.test(uniqueName);
  // Detail order follows the seed: ITwinRoleId, PackageRoleIds, iTwinId, uniqueName.
  if (!isGuid(iTwinId))
    throw errors.assignmentRequest([...bodyDetails(undefined), detail.edfsITwinId(), ...(badName ? [detail.edfsUniqueName()] : [])]);
  const itwin = ctx.store.itwins.get(iTwinId.toLowerCase());
  if (!itwin) throw errors.acITwinNotFound();
  requirePermissions(ctx, itwin, ASSIGN);
  if (!ctx.caller.orgAdmin && !isOwner(itwin, ctx.caller.id)) {
    const held = canSee(itwin, ctx.caller) ? effectivePermissions(ctx.store, itwin, ctx.caller) : new Set<string>();
    for (const id of new Set(packageRolesTouched(itwin))) {
      const role = ctx.store.packageRoles.find((r) => r.roleId === id);
      if (role && !role.permissions.every((p) => held.has(p))) throw errors.insufficientPermissions();
    }
  }
  const details = [...bodyDetails(itwin), ...(badName ? [detail.edfsUniqueName()] : [])];
  if (details.length > 0) throw errors.assignmentRequest(details);
  const pkg = findPackage(ctx, uniqueName);
  if (!pkg) throw errors.packageNotFound();
  return { itwin, uniqueName: pkg.uniqueName };
}

/** Without an iTwin (malformed iTwin id) only the GUID shape can be judged. */
function isRoleOf(itwin: ITwinRecord | undefined, id: unknown): boolean {
  return isGuid(id) && (!itwin || itwin.roles.has(id.toLowerCase()));
}

function assignmentsOf(itwin: ITwinRecord, uniqueName: string): Map<string, string[]> {
  let byRole = itwin.edfs.get(uniqueName);
  if (!byRole) itwin.edfs.set(uniqueName, (byRole = new Map()));
  return byRole;
}

function findPackage(ctx: RequestContext, uniqueName: string | undefined): PackageRecord | undefined {
  if (!uniqueName) return undefined;
  return ctx.store.packages.get(uniqueName) ?? [...ctx.store.packages.values()].find((p) => sameText(p.uniqueName, uniqueName));
}

function summary(p: PackageRecord) {
  return {
    subscriptionId: p.subscriptionId,
    version: p.version,
    uniqueName: p.uniqueName,
    name: p.name,
    description: p.description,
    subscribedBy: p.subscribedBy,
    subscribedByName: p.subscribedByName,
    subscribedOn: p.subscribedOn,
    projectStage: p.projectStage,
    isOdata: p.isOdata,
  };
}
