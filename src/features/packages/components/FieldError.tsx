// A server message under the field it names, with the stable id `<field>-helper` that the field's
// aria-describedby points at (and that tests assert on).
import { FormHelperText } from "@mui/material";

export const helperId = (field: string) => `${field}-helper`;

/** Props for an input that may carry a server message. */
export function describedBy(field: string, message: string | undefined) {
  return message ? { "aria-invalid": true as const, "aria-describedby": helperId(field) } : {};
}

export function FieldError({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <FormHelperText id={helperId(field)} error>
      {message}
    </FormHelperText>
  );
}
