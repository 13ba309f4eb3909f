// A role deleted elsewhere while it had unsaved edits: says so (its column is gone), lists the changes
// that could not be applied (the shared not-found notice and list), and offers to re-create the role with them or to discard them.
import { useState } from "react";
import { Alert, Box, Button, Typography } from "@mui/material";
import { NotFoundNotice } from "../../../components/NotFoundNotice";
import { UnappliedChanges } from "../../../components/UnappliedChanges";
import type { Role } from "../../../api/wire";
import { ServerName } from "../../../components/ServerName";
import { plural } from "../../../lib/plural";
import type { RoleChange } from "../pending-changes";

export interface GoneRoleNoticeProps {
  change: RoleChange;
  onRecreate: (change: RoleChange) => Promise<Role>;
  onDiscard: (roleId: string) => void;
  errorText: (error: unknown) => string;
}

type State = { kind: "open" } | { kind: "busy" } | { kind: "recreated" } | { kind: "discarded" } | { kind: "failed"; error: unknown };

export function GoneRoleNotice({ change, onRecreate, onDiscard, errorText }: GoneRoleNoticeProps) {
  const [state, setState] = useState<State>({ kind: "open" });
  const name = <ServerName name={change.displayName} />;
  if (state.kind === "recreated")
    return (
      <Alert severity="success" sx={{ mt: 1 }} role="status">
        Re-created {name} with {plural(change.nextPermissions.length, "permission")}. It has a new id: members who held the deleted role
        must be given it again.
      </Alert>
    );
  if (state.kind === "discarded")
    return (
      <Alert severity="info" sx={{ mt: 1 }} role="status">
        Your changes to {name} were discarded.
      </Alert>
    );
  const recreate = async () => {
    setState({ kind: "busy" });
    try {
      await onRecreate(change);
      setState({ kind: "recreated" });
    } catch (error) {
      setState({ kind: "failed", error });
    }
  };
  return (
    <Box sx={{ mt: 1 }}>
      <NotFoundNotice
        title="This role no longer exists"
        backLabel="Discard these changes"
        onBack={() => {
          onDiscard(change.roleId);
          setState({ kind: "discarded" });
        }}
        busy={state.kind === "busy"}
        actions={
          <Button variant="outlined" color="inherit" size="small" onClick={() => void recreate()} disabled={state.kind === "busy"}>
            {state.kind === "busy" ? "Re-creating…" : "Re-create the role with these changes"}
          </Button>
        }
      >
        {name} was deleted on the server while you were editing, so its permission changes were not saved.
        <UnappliedChanges
          changes={[
            ...change.added.map((p) => ({ kind: "add" as const, what: "permission", name: p })),
            ...change.removed.map((p) => ({ kind: "remove" as const, what: "permission", name: p })),
          ]}
        />
        {state.kind === "failed" ? (
          <Typography variant="body2" color="error" role="alert" sx={{ mt: 1 }}>
            Re-creating it failed: {errorText(state.error)}
          </Typography>
        ) : null}
      </NotFoundNotice>
    </Box>
  );
}
