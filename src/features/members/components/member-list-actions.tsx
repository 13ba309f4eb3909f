// What a member list does to one of its rows, the same for every member kind: remove it after a
// confirmation (the kind gives its words and its remove request), and edit its roles (users and groups).
// The row's buttons for both are here too, so every kind's row offers them alike.
import { useState, type ReactNode } from "react";
import { Box } from "@mui/material";
import EditIcon from "@mui/icons-material/Edit";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { GuardedIconButton, type Access } from "../../../components/GuardedButton";
import { INVITE_PERMISSION, REMOVE_PERMISSION } from "./member-access";
import type { MemberListEditing, MemberListRemoval } from "./MemberList";
import type { EditableMember } from "./MemberRoleEditor";

/** The remove request of a kind, as TanStack Query gives it. */
interface RemoveMutation<V> {
  mutate(variables: V, options: { onSuccess: () => void; onError: (error: unknown) => void }): void;
  reset(): void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

export interface RemovalSpec<T, V> {
  mutation: RemoveMutation<V>;
  variables: (member: T) => V;
  /** A function when the title depends on the member (it is also asked with null while the dialog closes). */
  title: string | ((member: T | null) => string);
  confirmLabel: string;
  /** What removing does, in plain words (names as ServerName). */
  text: (member: T) => ReactNode;
  errorAction: string;
  requiredPermission?: string;
  /** What the page says once the member is removed. */
  removed: (member: T) => string;
  /** A failure that is the outcome wanted after all (someone else removed it first): what to say instead of the error. */
  settled?: (error: unknown) => string | undefined;
  onMessage?: ((message: string) => void) | undefined;
}

/** The removal of one member of a list: `ask` opens the confirmation, `removal` is the list's dialog. */
export function useMemberRemoval<T, V>(spec: RemovalSpec<T, V>): { ask: (member: T) => void; removal: MemberListRemoval } {
  const [removing, setRemoving] = useState<T | null>(null);
  const { mutation, settled, onMessage } = spec;
  const close = () => setRemoving(null);
  const failure = mutation.isError && !settled?.(mutation.error) ? mutation.error : null;
  return {
    ask: setRemoving,
    removal: {
      open: removing !== null,
      title: typeof spec.title === "string" ? spec.title : spec.title(removing),
      confirmLabel: spec.confirmLabel,
      text: removing ? spec.text(removing) : "",
      busy: mutation.isPending,
      error: failure,
      errorAction: spec.errorAction,
      ...(spec.requiredPermission && { requiredPermission: spec.requiredPermission }),
      onCancel: () => {
        close();
        mutation.reset();
      },
      onConfirm: () => {
        if (!removing) return;
        mutation.mutate(spec.variables(removing), {
          onSuccess: () => {
            onMessage?.(spec.removed(removing));
            close();
          },
          onError: (error) => {
            const said = settled?.(error);
            if (said === undefined) return;
            onMessage?.(said);
            close();
          },
        });
      },
    },
  };
}

/** The role editor of a list of users or groups: `edit` opens it on a member. */
export function useMemberRoleEditing(
  iTwinId: string,
  onMessage: (message: string) => void,
): { edit: (member: EditableMember) => void; editing: MemberListEditing } {
  const [member, setMember] = useState<EditableMember | null>(null);
  return {
    edit: setMember,
    editing: {
      iTwinId,
      member,
      onClose: () => setMember(null),
      onSaved: (message) => {
        setMember(null);
        onMessage(message);
      },
    },
  };
}

/** A row's "Edit roles of …" and "Remove …" buttons, each disabled with the permission it needs. */
export function MemberRowActions(props: { name: string; invite: Access; removal: Access; onEdit: () => void; onRemove: () => void }) {
  const { name, invite, removal, onEdit, onRemove } = props;
  return (
    <Box component="span" sx={{ display: "inline-flex" }}>
      <GuardedIconButton access={invite} permission={INVITE_PERMISSION} label={`Edit roles of ${name}`} onClick={onEdit}>
        <EditIcon fontSize="small" />
      </GuardedIconButton>
      <GuardedIconButton access={removal} permission={REMOVE_PERMISSION} label={`Remove ${name}`} color="error" onClick={onRemove}>
        <DeleteIcon fontSize="small" />
      </GuardedIconButton>
    </Box>
  );
}
