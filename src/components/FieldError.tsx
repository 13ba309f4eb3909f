// A server message under the field it names, with the stable id `<field>-helper` that the field's
// aria-describedby points at (and that tests assert on). Without a message it shows the field's hint.
import { FormHelperText } from "@mui/material";

export const helperId = (field: string) => `${field}-helper`;

export function FieldError({ field, message, hint }: { field: string; message: string | undefined; hint?: string }) {
  if (!message && !hint) return null;
  return (
    <FormHelperText id={helperId(field)} error={Boolean(message)} data-testid={helperId(field)}>
      {message ?? hint}
    </FormHelperText>
  );
}
