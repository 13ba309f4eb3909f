// "My iTwins" / "All iTwins of my organization" beside the picker. Offered when the caller is an
// organization administrator, or when the console could not tell (the server then has the last word
// and the picker explains a refusal).
import { MenuItem, TextField, Tooltip } from "@mui/material";
import type { OrgAdminStatus } from "../api/org-admin";
import { SCOPE_LABELS, setITwinScope, type ITwinScope } from "../itwin-scope";

const HOW_WE_KNOW: Record<Exclude<OrgAdminStatus, "no">, string> = {
  yes: "You are an organization administrator: the console could read your account's groups, which only organization administrators may.",
  unknown:
    "The console could not tell whether you are an organization administrator (it asks for your account's groups, which only they may read). If you are not, the organization-wide list is refused.",
};

export function ITwinScopeSelect({ scope, orgAdmin }: { scope: ITwinScope; orgAdmin: Exclude<OrgAdminStatus, "no"> }) {
  return (
    <Tooltip title={HOW_WE_KNOW[orgAdmin]} placement="bottom-start">
      <TextField
        select
        size="small"
        label="Show"
        value={scope}
        onChange={(e) => setITwinScope(e.target.value as ITwinScope)}
        sx={{ minWidth: 150 }}
        slotProps={{ htmlInput: { "data-testid": "itwin-scope-select" } }}
      >
        {(Object.keys(SCOPE_LABELS) as ITwinScope[]).map((s) => (
          <MenuItem key={s} value={s}>
            {SCOPE_LABELS[s]}
          </MenuItem>
        ))}
      </TextField>
    </Tooltip>
  );
}
