// The Roles page: every role of the iTwin with its description, type and permissions, grouped by
// service. Filterable by role or permission text.
import { useMemo, useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Box, Chip, CircularProgress, InputAdornment, Stack, TextField, Typography } from "@mui/material";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import SearchIcon from "@mui/icons-material/Search";
import { useParams } from "react-router-dom";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useRoles } from "../api/get-roles";
import { groupByService } from "../permission-groups";

export function RolesPage() {
  const { iTwinId = "" } = useParams();
  const roles = useRoles(iTwinId);
  const [filter, setFilter] = useState("");

  const visible = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = [...(roles.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
    if (!f) return list;
    return list.filter((r) => r.displayName.toLowerCase().includes(f) || (r.permissions ?? []).some((p) => p.toLowerCase().includes(f)));
  }, [roles.data, filter]);

  if (roles.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
        <CircularProgress size={20} /> Loading roles…
      </Box>
    );
  }
  if (roles.isError) {
    return <ApiErrorAlert error={roles.error} action="Viewing roles" requiredPermission="administration_manage_roles" onRetry={() => void roles.refetch()} />;
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          Roles <Typography component="span" color="text.secondary">({roles.data.length})</Typography>
        </Typography>
        <TextField
          size="small"
          label="Filter roles or permissions"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
      </Stack>
      {roles.data.length === 0 ? (
        <Typography>This iTwin has no roles yet.</Typography>
      ) : visible.length === 0 ? (
        <Typography>No role or permission matches “{filter}”.</Typography>
      ) : (
        <Box>
          {visible.map((role) => (
            <Accordion key={role.id} disableGutters data-testid="role-card">
              <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`role-${role.id}-content`} id={`role-${role.id}-header`}>
                <Stack direction="row" spacing={1} sx={{ alignItems: "center", width: "100%", pr: 1 }}>
                  <Typography sx={{ fontWeight: 600 }}>{role.displayName}</Typography>
                  {role.type ? <Chip size="small" label={role.type} variant="outlined" /> : null}
                  <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                    {role.description}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {(role.permissions ?? []).length} permissions
                  </Typography>
                </Stack>
              </AccordionSummary>
              <AccordionDetails>
                <Typography sx={{ mb: 1 }}>{role.description}</Typography>
                {(role.permissions ?? []).length === 0 ? (
                  <Typography color="text.secondary">No permissions.</Typography>
                ) : (
                  [...groupByService(role.permissions ?? []).entries()].map(([service, perms]) => (
                    <Box key={service} sx={{ mb: 1 }}>
                      <Typography variant="overline" component="h2">
                        {service} ({perms.length})
                      </Typography>
                      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
                        {perms.map((p) => (
                          <Chip key={p} size="small" label={p} />
                        ))}
                      </Box>
                    </Box>
                  ))
                )}
              </AccordionDetails>
            </Accordion>
          ))}
        </Box>
      )}
    </Stack>
  );
}
