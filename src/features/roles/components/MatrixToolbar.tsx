// Filters and actions above the matrix: text (roles or permissions), role type, the roles selected for
// "only where they differ" and comparison, swapping the axes, CSV export and creating a role.
import { Autocomplete, Box, Button, FormControlLabel, MenuItem, Stack, Switch, TextField, Tooltip } from "@mui/material";
import SwapHorizIcon from "@mui/icons-material/SwapHoriz";
import DownloadIcon from "@mui/icons-material/Download";
import CompareArrowsIcon from "@mui/icons-material/CompareArrows";
import AddIcon from "@mui/icons-material/Add";
import type { Role } from "../../../api/wire";
import { SearchField } from "../../../components/SearchField";
import type { MatrixFilters, RoleTypeFilter } from "../matrix";
import { MANAGE_ROLES } from "./permissions";

export interface MatrixToolbarProps {
  filters: MatrixFilters;
  onFiltersChange: (next: MatrixFilters) => void;
  roles: readonly Role[];
  swapped: boolean;
  onSwap: () => void;
  onExport: () => void;
  onCompare: () => void;
  onCreateRole: () => void;
  canManage: boolean;
  exportDisabled: boolean;
}

export function MatrixToolbar({
  filters,
  onFiltersChange,
  roles,
  swapped,
  onSwap,
  onExport,
  onCompare,
  onCreateRole,
  canManage,
  exportDisabled,
}: MatrixToolbarProps) {
  const selected = roles.filter((r) => filters.selectedRoleIds.includes(r.id));
  const set = (patch: Partial<MatrixFilters>) => onFiltersChange({ ...filters, ...patch });
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
        <SearchField label="Filter roles or permissions" value={filters.text} onChange={(text) => set({ text })} sx={{ minWidth: 260 }} />
        <TextField
          select
          size="small"
          label="Role type"
          value={filters.roleType}
          onChange={(e) => set({ roleType: e.target.value as RoleTypeFilter })}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="all">All roles</MenuItem>
          <MenuItem value="Custom">Custom</MenuItem>
          <MenuItem value="Default">Default</MenuItem>
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        <Button startIcon={<SwapHorizIcon />} onClick={onSwap} aria-pressed={swapped}>
          {swapped ? "Permissions as columns" : "Roles as rows"}
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={onExport} disabled={exportDisabled}>
          Export CSV
        </Button>
        <Tooltip title={canManage ? "" : `Creating roles needs ${MANAGE_ROLES}`}>
          <span>
            <Button variant="contained" startIcon={<AddIcon />} onClick={onCreateRole} disabled={!canManage}>
              Create role
            </Button>
          </span>
        </Tooltip>
      </Stack>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
        <Autocomplete
          multiple
          size="small"
          options={roles as Role[]}
          value={selected}
          onChange={(_e, value) => set({ selectedRoleIds: value.map((r) => r.id) })}
          getOptionLabel={(r) => r.displayName}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => (
            <TextField {...params} label="Selected roles" placeholder={selected.length ? "" : "Pick roles to compare"} />
          )}
          sx={{ minWidth: 320, flexGrow: 1, maxWidth: 640 }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={filters.onlyDiffering}
              onChange={(e) => set({ onlyDiffering: e.target.checked })}
              disabled={selected.length < 2}
            />
          }
          label="Only rows where the selected roles differ"
        />
        <Button startIcon={<CompareArrowsIcon />} onClick={onCompare} disabled={roles.length < 2}>
          Compare roles
        </Button>
      </Stack>
    </Stack>
  );
}
