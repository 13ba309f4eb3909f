// A searchable picker over every permission named by any role of the iTwin.
import { Autocomplete, TextField } from "@mui/material";

export function PermissionPicker({
  permissions,
  value,
  onChange,
  id,
  label = "Permission",
}: {
  permissions: readonly string[];
  value: string | null;
  onChange: (p: string | null) => void;
  id: string;
  label?: string;
}) {
  return (
    <Autocomplete
      id={id}
      options={permissions as string[]}
      value={value}
      onChange={(_e, v) => onChange(v)}
      noOptionsText="No permission matches"
      sx={{ minWidth: 320, maxWidth: 480 }}
      renderInput={(params) => <TextField {...params} label={label} placeholder="e.g. imodels_write" />}
    />
  );
}
