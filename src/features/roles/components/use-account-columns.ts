// Account roles join the matrix as read-only columns: they can be given on this iTwin, so "who can do
// what here" is incomplete without them, but they are edited on the account. This merges them with the
// editor's own roles, base sets and "granted" (pending edits apply to own roles only).
import { useCallback, useMemo } from "react";
import type { Role } from "../../../api/wire";
import { useAccountRoles } from "../../../api/queries/account-roles";
import type { Granted } from "../matrix";

interface EditorView {
  baseRoles: readonly Role[];
  baseSets: ReadonlyMap<string, ReadonlySet<string>>;
  granted: Granted;
}

export function useAccountColumns(iTwinId: string, roles: readonly Role[], editor: EditorView) {
  const account = useAccountRoles(iTwinId);
  const accountRoles = useMemo(() => {
    const own = new Set(roles.map((r) => r.id.toLowerCase()));
    return (account.data?.roles ?? []).filter((r) => !own.has(r.id.toLowerCase()));
  }, [account.data, roles]);
  const accountRoleIds = useMemo<ReadonlySet<string>>(() => new Set(accountRoles.map((r) => r.id)), [accountRoles]);
  const accountSets = useMemo(() => new Map(accountRoles.map((r) => [r.id, new Set(r.permissions ?? [])] as const)), [accountRoles]);
  const shownBase = useMemo(() => [...editor.baseRoles, ...accountRoles], [editor.baseRoles, accountRoles]);
  const shownSets = useMemo(() => new Map([...editor.baseSets, ...accountSets]), [editor.baseSets, accountSets]);
  const allRoles = useMemo(() => [...roles, ...accountRoles], [roles, accountRoles]);
  const editorGranted = editor.granted;
  const granted = useCallback<Granted>(
    (roleId, permission) => accountSets.get(roleId)?.has(permission) ?? editorGranted(roleId, permission),
    [accountSets, editorGranted],
  );
  return { roles: allRoles, baseRoles: shownBase, baseSets: shownSets, granted, accountRoleIds };
}
