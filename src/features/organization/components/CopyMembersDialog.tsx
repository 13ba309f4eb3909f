// "Copy members": from which iTwin to which (both indexed); the plan says what cannot be carried over.
import { Dialog, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from "@mui/material";
import { useEffect, useMemo, useRef, useState } from "react";
import { hasFacts } from "../../../org/index-queries";
import type { StoredITwin } from "../../../org/org-db";
import { revealHidden } from "../../../lib/server-text";
import { useAttempt } from "../../../lib/use-attempt";
import { MakePlanActions } from "./MakePlanActions";

export interface CopyMembersDialogProps {
  itwins: readonly StoredITwin[];
  /** The iTwin the dialog was opened from, if any. */
  initialSource?: string;
  /** The target it opens with (after a reload). */
  initialTarget?: string | undefined;
  /** Told of every change of the two choices, so that a reload reopens the dialog as it was. */
  onInput?: (input: { source: string; target: string }) => void;
  onCancel: () => void;
  onMake: (sourceId: string, targetId: string) => Promise<void>;
}

function ITwinSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly StoredITwin[];
  onChange: (id: string) => void;
}) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      size="small"
      fullWidth
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">Choose an iTwin</option>
      {options.map((t) => (
        <option key={t.id} value={t.id}>
          {revealHidden(t.displayName)}
        </option>
      ))}
    </TextField>
  );
}

export function CopyMembersDialog({ itwins, initialSource = "", initialTarget = "", onInput, onCancel, onMake }: CopyMembersDialogProps) {
  const indexed = useMemo(() => itwins.filter(hasFacts), [itwins]);
  const [source, setSource] = useState(initialSource);
  const [target, setTarget] = useState(initialTarget);
  const latestInput = useRef(onInput);
  latestInput.current = onInput;
  useEffect(() => latestInput.current?.({ source, target }), [source, target]);
  const making = useAttempt();
  return (
    <Dialog open onClose={making.busy ? undefined : onCancel} aria-labelledby="copy-members-title" fullWidth maxWidth="sm">
      <DialogTitle id="copy-members-title">Copy members to another iTwin</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Every user member is added with their roles matched by name on the target; the Account iTwin&apos;s groups are added as group
          members. Nothing is taken away from the target&apos;s members. You review the plan before anything is sent.
        </DialogContentText>
        <Stack spacing={2}>
          <ITwinSelect label="Copy the members of" value={source} options={indexed} onChange={setSource} />
          <ITwinSelect label="To" value={target} options={indexed.filter((t) => t.id !== source)} onChange={setTarget} />
        </Stack>
      </DialogContent>
      <MakePlanActions
        making={making}
        ready={!!source && !!target && source !== target}
        onCancel={onCancel}
        onMake={() => void making.run(() => onMake(source, target))}
      />
    </Dialog>
  );
}
