// A searchable multi-select over the iTwin's roles (the whole catalogue, not a page of it).
import { Autocomplete, TextField } from "@mui/material";
import type { Role } from "../../../api/wire";

export function RolesMultiPicker({
  id,
  label,
  roles,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  roles: readonly Role[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const selected = roles.filter((r) => value.includes(r.id));
  return (
    <Autocomplete
      id={id}
      multiple
      disableCloseOnSelect
      options={roles as Role[]}
      value={selected}
      onChange={(_e, v) => onChange(v.map((r) => r.id))}
      getOptionLabel={(r) => r.displayName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      sx={{ minWidth: 320, flex: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={Boolean(error)}
          helperText={error ?? " "}
          slotProps={{ ...params.slotProps, formHelperText: { id: `${id}-helper` } }}
        />
      )}
    />
  );
}
