// Create a role, or rename / re-describe one. A 422's details appear under the field they name
// (displayName, description; helper ids <field>-helper); details naming no field go to the banner above.
// Whatever fails, the typed values stay.
import { useEffect, useState } from "react";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from "@mui/material";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import type { Role } from "../../../api/wire";
import { isApiError } from "../../../api/api-error";
import { FieldError, helperId } from "../../../components/FieldError";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useCreateRole } from "../api/create-role";
import { useUpdateRole } from "../api/update-role";
import { MANAGE_ROLES } from "./permissions";
import { ServerName } from "../../../components/ServerName";

const RoleFormSchema = z.object({
  displayName: z.string().trim().min(1, "Enter a name for the role.").max(255, "Use at most 255 characters."),
  description: z.string().max(2000, "Use at most 2000 characters."),
});
type RoleFormValues = z.infer<typeof RoleFormSchema>;

const FIELDS = { displayName: ["displayName"], description: ["description"] } as const;

export interface RoleFormDialogProps {
  open: boolean;
  iTwinId: string;
  /** The role to edit; absent to create one. */
  role?: Role;
  onClose: () => void;
  onSaved: (role: Role) => void;
}

export function RoleFormDialog({ open, iTwinId, role, onClose, onSaved }: RoleFormDialogProps) {
  const create = useCreateRole(iTwinId);
  const update = useUpdateRole(iTwinId);
  const [failure, setFailure] = useState<unknown>(null);
  const server = useServerFieldErrors(failure, FIELDS);
  const form = useForm<RoleFormValues>({
    resolver: zodResolver(RoleFormSchema),
    defaultValues: { displayName: role?.displayName ?? "", description: role?.description ?? "" },
  });
  const { register, handleSubmit, formState, reset } = form;

  useEffect(() => {
    if (!open) return;
    reset({ displayName: role?.displayName ?? "", description: role?.description ?? "" });
    setFailure(null);
  }, [open, role, reset]);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = role
        ? await update.mutateAsync({
            roleId: role.id,
            before: role,
            displayName: values.displayName.trim(),
            description: values.description,
          })
        : await create.mutateAsync({ displayName: values.displayName.trim(), description: values.description });
      onSaved(saved);
    } catch (error) {
      setFailure(error);
    }
  });

  const busy = formState.isSubmitting;
  // A 422's details sit at the field they name; the banner has the rest (or the message, if none matched).
  const field = (name: keyof typeof FIELDS) => ({
    error: formState.errors[name]?.message ?? server.message(name),
    helperId: helperId(name),
    onChange: () => server.clear(name),
  });
  const banner = server.rejected
    ? {
        message:
          server.unmatched.length > 0 || (!server.message("displayName") && !server.message("description"))
            ? server.rejected.message
            : undefined,
        details: server.unmatched,
      }
    : failure
      ? { message: errorMessage(failure), details: [] }
      : { message: undefined, details: [] };
  const name = field("displayName");
  const description = field("description");

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="role-form-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="role-form-title">
          {role ? (
            <>
              Edit role “<ServerName name={role.displayName} />”
            </>
          ) : (
            "Create role"
          )}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ServerErrorBanner
              title={role ? "The role was not saved" : "The role was not created"}
              message={banner.message}
              details={banner.details}
            />
            <div>
              <TextField
                {...register("displayName", { onChange: name.onChange })}
                id="displayName"
                label="Name"
                required
                fullWidth
                autoFocus
                error={Boolean(name.error)}
                slotProps={{ htmlInput: { "aria-invalid": Boolean(name.error), "aria-describedby": name.helperId } }}
              />
              <FieldError field="displayName" message={name.error} hint="Shown to everyone who assigns roles." />
            </div>
            <div>
              <TextField
                {...register("description", { onChange: description.onChange })}
                id="description"
                label="Description"
                fullWidth
                multiline
                minRows={2}
                error={Boolean(description.error)}
                slotProps={{ htmlInput: { "aria-invalid": Boolean(description.error), "aria-describedby": description.helperId } }}
              />
              <FieldError field="description" message={description.error} hint="What the role is for." />
            </div>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? "Saving…" : role ? "Save" : "Create role"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  return isApiError(error) && error.status === 403 ? `${message} This needs ${MANAGE_ROLES}.` : message;
}
