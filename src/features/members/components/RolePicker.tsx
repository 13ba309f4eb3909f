// A searchable multi-select over every role of the iTwin (not one page of them): each role shows its
// description and permission count. "Select all shown" selects every role the search matches, or the
// first that fit when more are shown than the limit allows.
// Server errors about the role ids appear under it (FieldError roleIds-helper), and the selection stays.
import { useMemo, useState } from "react";
import {
  Box,
  Button,
  Chip,
  FormHelperText,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from "@mui/material";
import CheckBoxIcon from "@mui/icons-material/CheckBox";
import CheckBoxOutlineBlankIcon from "@mui/icons-material/CheckBoxOutlineBlank";
import type { Role, RoleRef } from "../../../api/wire";
import { FieldError, helperId } from "../../../components/FieldError";
import { MAX_ROLE_IDS } from "../role-diff";
import { SearchField } from "../../../components/SearchField";
import { ServerName } from "../../../components/ServerName";

export interface RolePickerProps {
  roles: readonly Role[];
  /** Roles held now that may no longer be in the catalogue (shown so they can be removed). */
  extraRoles?: readonly RoleRef[];
  value: readonly string[];
  onChange: (roleIds: string[]) => void;
  /** Messages for the picker (server 422/404 details). */
  errors?: readonly string[];
  disabled?: boolean;
  /** The role-id limit for this request; shown before saving. */
  limit?: number;
  label?: string;
  /** Roles of the Account iTwin (lower-case ids): marked as such, since they are defined on the account. */
  accountRoleIds?: ReadonlySet<string>;
}

type Option = { id: string; displayName: string; description: string; permissionCount: number | null };

export function RolePicker({
  roles,
  extraRoles = [],
  value,
  onChange,
  errors = [],
  disabled,
  limit = MAX_ROLE_IDS,
  label = "Roles",
  accountRoleIds,
}: RolePickerProps) {
  const [search, setSearch] = useState("");
  const options = useMemo<Option[]>(() => {
    const known = new Set(roles.map((r) => r.id.toLowerCase()));
    const all: Option[] = roles.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      description: r.description ?? "",
      permissionCount: r.permissions?.length ?? null,
    }));
    for (const r of extraRoles)
      if (!known.has(r.id.toLowerCase()))
        all.push({ id: r.id, displayName: r.displayName, description: r.description ?? "", permissionCount: null });
    return all.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [roles, extraRoles]);
  const byId = useMemo(() => new Map(options.map((o) => [o.id.toLowerCase(), o])), [options]);
  const selected = useMemo(() => new Set(value.map((id) => id.toLowerCase())), [value]);
  const shown = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return options.filter((o) => words.every((w) => `${o.displayName} ${o.description}`.toLowerCase().includes(w)));
  }, [options, search]);

  const toggle = (id: string) =>
    onChange(selected.has(id.toLowerCase()) ? value.filter((v) => v.toLowerCase() !== id.toLowerCase()) : [...value, id]);
  // Selecting never goes past the limit: with more shown than fit, the first that fit are offered.
  const addable = shown.filter((o) => !selected.has(o.id.toLowerCase()));
  const room = Math.max(0, limit - value.length);
  const toAdd = addable.slice(0, room);
  const selectShown = () => onChange([...value, ...toAdd.map((o) => o.id)]);
  const selectLabel = addable.length <= room ? `Select all shown (${shown.length})` : `Select the first ${room} shown`;
  const selectBlocked = addable.length > 0 && room === 0;
  const clearShown = () => {
    const hide = new Set(shown.map((o) => o.id.toLowerCase()));
    onChange(value.filter((v) => !hide.has(v.toLowerCase())));
  };

  const overLimit = value.length > limit;
  const invalid = errors.length > 0 || overLimit;
  const describedBy = errors.length > 0 ? `roleIds-count ${helperId("roleIds")}` : "roleIds-count";
  return (
    <Box
      component="fieldset"
      sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      data-testid="role-picker"
    >
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {label}
      </Typography>
      {/* A list only when there is something in it (an empty list role is an axe error). */}
      {value.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, minHeight: 24 }}>
          No role selected.
        </Typography>
      ) : (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mb: 1, minHeight: 24 }} aria-label="Selected roles" role="list">
          {value.map((id) => (
            <Chip
              role="listitem"
              key={id}
              size="small"
              label={<ServerName name={byId.get(id.toLowerCase())?.displayName ?? id} />}
              onDelete={disabled ? undefined : () => toggle(id)}
            />
          ))}
        </Box>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
        <SearchField
          label="Search roles"
          value={search}
          onChange={setSearch}
          disabled={disabled}
          sx={{ flexGrow: 1 }}
          htmlInput={{ "aria-invalid": invalid, "aria-describedby": describedBy }}
        />
        <span title={selectBlocked ? `At most ${limit} roles can be selected` : undefined}>
          <Button size="small" onClick={selectShown} disabled={disabled || toAdd.length === 0}>
            {selectBlocked ? `Select shown: ${limit} already selected` : selectLabel}
          </Button>
        </span>
        <Button size="small" onClick={clearShown} disabled={disabled || shown.length === 0}>
          Clear shown
        </Button>
      </Stack>
      <List
        dense
        sx={{ maxHeight: 280, overflow: "auto", border: 1, borderColor: invalid ? "error.main" : "divider", borderRadius: 1 }}
        aria-label="Available roles"
      >
        {shown.length === 0 ? (
          <ListItem>
            <ListItemText primary={options.length === 0 ? "This iTwin has no roles." : `No role matches “${search}”.`} />
          </ListItem>
        ) : (
          shown.map((o) => {
            const checked = selected.has(o.id.toLowerCase());
            const labelId = `role-option-${o.id}`;
            return (
              <ListItem key={o.id} disablePadding>
                <ListItemButton
                  onClick={() => toggle(o.id)}
                  disabled={disabled}
                  dense
                  role="checkbox"
                  aria-checked={checked}
                  aria-labelledby={labelId}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    {/* An icon, not a Checkbox: the list item itself is the checkbox (no nested inputs). */}
                    {checked ? <CheckBoxIcon fontSize="small" color="primary" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
                  </ListItemIcon>
                  <ListItemText
                    id={labelId}
                    primary={
                      accountRoleIds?.has(o.id.toLowerCase()) ? (
                        <>
                          <ServerName name={o.displayName} /> <Chip size="small" variant="outlined" label="Account role" component="span" />
                        </>
                      ) : (
                        <ServerName name={o.displayName} />
                      )
                    }
                    secondary={`${o.description || "No description"} · ${o.permissionCount === null ? "permissions unknown" : `${o.permissionCount} permission${o.permissionCount === 1 ? "" : "s"}`}`}
                  />
                </ListItemButton>
              </ListItem>
            );
          })
        )}
      </List>
      <FormHelperText id="roleIds-count" error={overLimit}>
        {overLimit
          ? `${value.length} roles selected: at most ${limit} can be saved at once. Remove ${value.length - limit}.`
          : `${value.length} of at most ${limit} roles selected.`}
      </FormHelperText>
      <FieldError field="roleIds" message={errors.length > 0 ? errors.join(" ") : undefined} />
    </Box>
  );
}
