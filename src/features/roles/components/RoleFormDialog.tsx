// Create a role, or rename / re-describe one. A 422's details appear under the field they name
// (displayName, description; helper ids <field>-helper); details naming no field go to the banner above.
// Whatever fails, the typed values stay.
import { useEffect, useState } from "react";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, Stack, TextField } from "@mui/material";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import type { Role } from "../../../api/wire";
import { isApiError, type ApiErrorDetail } from "../../../api/api-error";
import { mapApiErrorToFields } from "../../../api/field-errors";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useCreateRole } from "../api/create-role";
import { useUpdateRole } from "../api/update-role";
import { MANAGE_ROLES } from "./permissions";

const RoleFormSchema = z.object({
  displayName: z.string().trim().min(1, "Enter a name for the role.").max(255, "Use at most 255 characters."),
  description: z.string().max(2000, "Use at most 2000 characters."),
});
type RoleFormValues = z.infer<typeof RoleFormSchema>;
type ServerError = { message: string; details: ApiErrorDetail[] };

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
  const [serverError, setServerError] = useState<ServerError | null>(null);
  const form = useForm<RoleFormValues>({
    resolver: zodResolver(RoleFormSchema),
    defaultValues: { displayName: role?.displayName ?? "", description: role?.description ?? "" },
  });
  const { register, handleSubmit, setError, formState, reset } = form;

  useEffect(() => {
    if (!open) return;
    reset({ displayName: role?.displayName ?? "", description: role?.description ?? "" });
    setServerError(null);
  }, [open, role, reset]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
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
      if (isApiError(error) && error.status === 422) {
        const mapped = mapApiErrorToFields(error, FIELDS);
        for (const field of ["displayName", "description"] as const) {
          const found = mapped.byField[field];
          if (found.length > 0) setError(field, { type: "server", message: found.map((d) => d.message).join(" ") });
        }
        if (mapped.unmatched.length > 0 || (mapped.byField.displayName.length === 0 && mapped.byField.description.length === 0)) {
          setServerError({ message: error.message, details: mapped.unmatched });
        }
      } else {
        const message = error instanceof Error ? error.message : "Something went wrong.";
        const hint = isApiError(error) && error.status === 403 ? ` This needs ${MANAGE_ROLES}.` : "";
        setServerError({ message: message + hint, details: [] });
      }
    }
  });

  const busy = formState.isSubmitting;
  const field = (name: "displayName" | "description") => {
    const error = formState.errors[name]?.message;
    return { error, helperId: `${name}-helper` };
  };
  const name = field("displayName");
  const description = field("description");

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="role-form-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="role-form-title">{role ? `Edit role “${role.displayName}”` : "Create role"}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ServerErrorBanner
              title={role ? "The role was not saved" : "The role was not created"}
              message={serverError?.message}
              details={serverError?.details ?? []}
            />
            <div>
              <TextField
                {...register("displayName")}
                id="displayName"
                label="Name"
                required
                fullWidth
                autoFocus
                error={Boolean(name.error)}
                slotProps={{ htmlInput: { "aria-invalid": Boolean(name.error), "aria-describedby": name.helperId } }}
              />
              <FormHelperText id={name.helperId} error={Boolean(name.error)}>
                {name.error ?? "Shown to everyone who assigns roles."}
              </FormHelperText>
            </div>
            <div>
              <TextField
                {...register("description")}
                id="description"
                label="Description"
                fullWidth
                multiline
                minRows={2}
                error={Boolean(description.error)}
                slotProps={{ htmlInput: { "aria-invalid": Boolean(description.error), "aria-describedby": description.helperId } }}
              />
              <FormHelperText id={description.helperId} error={Boolean(description.error)}>
                {description.error ?? "What the role is for."}
              </FormHelperText>
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
