// The package itself is gone (its subscription ended elsewhere) while its assignments were open: says
// so, lists every pending change that could not be applied, and lets them go. The console cannot
// subscribe again; once the package is subscribed again the changes can be made anew.
import { useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../../../api/api-error";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { UnappliedChanges } from "../../../components/UnappliedChanges";
import { packageKeys } from "../api/package-keys";
import { packageRoleChanges } from "./DeletedRoleNotice";
import type { AssignmentEditorState } from "./use-assignment-editor";
import { ServerName } from "../../../components/ServerName";

/** 404 PackageNotFound: the package is not subscribed (any more). */
export function isPackageGone(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.code === "PackageNotFound";
}

export function PackageGoneNotice({ uniqueName, error, editor }: { uniqueName: string; error: unknown; editor: AssignmentEditorState }) {
  const queryClient = useQueryClient();
  const changes = editor.plan.changes.flatMap((c) => packageRoleChanges(c, editor.packageRoleName, editor.roleName(c.iTwinRoleId)));
  const leave = () => {
    editor.discard();
    void queryClient.invalidateQueries({ queryKey: packageKeys.list() });
  };
  return (
    <NotFoundNotice
      title={
        <>
          The package <ServerName name={uniqueName} /> is no longer subscribed
        </>
      }
      backLabel={changes.length > 0 ? "Discard these changes" : "Reload the package list"}
      onBack={leave}
    >
      {isApiError(error) ? `${error.message} ` : null}
      {changes.length > 0
        ? "Its subscription ended while you were editing, so nothing was saved. Once it is subscribed again, these changes can be made anew."
        : "Its subscription ended since the list was loaded."}
      <UnappliedChanges changes={changes} />
    </NotFoundNotice>
  );
}
