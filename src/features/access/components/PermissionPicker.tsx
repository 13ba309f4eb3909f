// A searchable picker over every permission named by any role of the iTwin, found by label or key.
import { Autocomplete, TextField } from "@mui/material";
import { permissionLabel } from "../../../lib/permission-labels";

/** The option as typed and read: "Label (key)", so either finds it; a key without a label stays raw. */
function optionLabel(key: string): string {
  const label = permissionLabel(key)?.label;
  return label ? `${label} (${key})` : key;
}

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
      getOptionLabel={optionLabel}
      renderOption={(props, key) => {
        const { key: reactKey, ...rest } = props as typeof props & { key: string };
        return (
          <li key={reactKey} {...rest} title={permissionLabel(key)?.description}>
            {optionLabel(key)}
          </li>
        );
      }}
      noOptionsText="No permission matches"
      sx={{ minWidth: 320, maxWidth: 480 }}
      renderInput={(params) => <TextField {...params} label={label} placeholder="e.g. imodels_write" />}
    />
  );
}
