// "My iTwins" / "All iTwins of my organization" beside the picker. Offered when the caller is an
// organization administrator, or when the console could not tell (the server then has the last word
// and the picker explains a refusal).
import { Box, MenuItem, TextField, Tooltip } from "@mui/material";
import InfoOutlinedIcon from "@mui/icons-material/InfoOutlined";
import type { OrgAdminStatus } from "../../../api/queries/org-admin";
import type { ITwinScope } from "../../../api/query-scope";
import { SCOPE_LABELS, setITwinScope } from "../itwin-scope";

const HOW_WE_KNOW: Record<Exclude<OrgAdminStatus, "no">, string> = {
  yes: "You are an organization administrator: the console could read your account's groups, which only organization administrators may.",
  unknown:
    "The console could not tell whether you are an organization administrator (it asks for your account's groups, which only they may read). If you are not, the organization-wide list is refused.",
};

export function ITwinScopeSelect({ scope, orgAdmin }: { scope: ITwinScope; orgAdmin: Exclude<OrgAdminStatus, "no"> }) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5 }}>
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
      {/* Beside the choice, not around it: a tooltip over the field would cover its menu. */}
      <Tooltip title={HOW_WE_KNOW[orgAdmin]}>
        {/* The icon itself is aria-hidden: the focusable, labelled element is the span around it. */}
        <Box
          component="span"
          tabIndex={0}
          role="img"
          aria-label={HOW_WE_KNOW[orgAdmin]}
          data-testid="itwin-scope-why"
          sx={{ display: "inline-flex" }}
        >
          <InfoOutlinedIcon fontSize="small" />
        </Box>
      </Tooltip>
    </Box>
  );
}
