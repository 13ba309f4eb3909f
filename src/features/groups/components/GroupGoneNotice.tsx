// A group deleted elsewhere while it was being edited: says so, lists the edits that could not be
// applied, and offers to create the group again with them — or to let them go.
import { Button, Typography } from "@mui/material";
import type { Group } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { useAttempt } from "../../../lib/use-attempt";
import { UnappliedChanges, type UnappliedChange } from "../../../components/UnappliedChanges";
import type { GroupEdit } from "../api/group-changes";
import { ServerName } from "../../../components/ServerName";

/** The edits that were sent, as one line each: a renamed field, every e-mail and IMS group added or removed. */
export function unappliedGroupChanges(before: Group, edit: GroupEdit): UnappliedChange[] {
  const changes: UnappliedChange[] = [];
  if (edit.name !== undefined) changes.push({ kind: "set", name: "the name", value: edit.name });
  if (edit.description !== undefined) changes.push({ kind: "set", name: "the description", value: edit.description || "nothing" });
  const listChanges = (what: string, was: readonly string[], next: readonly string[]) => {
    const had = new Set(was.map((v) => v.toLowerCase()));
    const will = new Set(next.map((v) => v.toLowerCase()));
    for (const v of next) if (!had.has(v.toLowerCase())) changes.push({ kind: "add", what, name: v });
    for (const v of was) if (!will.has(v.toLowerCase())) changes.push({ kind: "remove", what, name: v });
  };
  if (edit.members !== undefined)
    listChanges(
      "member",
      before.members.flatMap((m) => (m.email ? [m.email] : [])),
      edit.members,
    );
  if (edit.imsGroups !== undefined) listChanges("IMS group", before.imsGroups, edit.imsGroups);
  return changes;
}

export interface GroupGoneNoticeProps {
  group: Group;
  edit: GroupEdit;
  /** Creates the group again as the editor shows it now. */
  onRecreate: () => Promise<void>;
  onDiscard: () => void;
}

export function GroupGoneNotice({ group, edit, onRecreate, onDiscard }: GroupGoneNoticeProps) {
  const { busy, failure, run } = useAttempt();
  const recreate = () => run(() => onRecreate());
  return (
    <>
      <NotFoundNotice
        title={
          <>
            The group <ServerName name={group.name} /> no longer exists
          </>
        }
        backLabel="Discard these changes"
        onBack={onDiscard}
        busy={busy}
        actions={
          <Button variant="outlined" color="inherit" size="small" onClick={() => void recreate()} disabled={busy}>
            {busy ? "Creating…" : "Create the group again with these changes"}
          </Button>
        }
      >
        Someone deleted this group while you were editing, so nothing was saved.
        <UnappliedChanges changes={unappliedGroupChanges(group, edit)} />
        <Typography variant="body2" sx={{ mt: 1 }}>
          A group created again has a new id: the roles the deleted group held on iTwins are not given back with it.
        </Typography>
      </NotFoundNotice>
      {failure ? <ApiErrorAlert error={failure} action="Creating the group again" /> : null}
    </>
  );
}
