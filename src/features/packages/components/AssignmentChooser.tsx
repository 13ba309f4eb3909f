// The editing half of the assignment editor: which iTwin and package (read-only, but a 422 may name
// them), which iTwin roles to edit, and the package roles those roles hold. Package roles the caller
// cannot grant are disabled and say why.
import {
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  TextField,
} from "@mui/material";
import { FieldError, helperId } from "../../../components/FieldError";
import type { AssignmentEditorState } from "./use-assignment-editor";
import { ServerName } from "../../../components/ServerName";
import { revealHidden } from "../../../lib/server-text";
import { useQueryClient } from "@tanstack/react-query";
import { operationKey } from "../../../api/operation-queries";
import { iTwinOperations } from "../../../api/operations/itwins";
import type { ITwin } from "../../../api/wire";

export function AssignmentChooser({ iTwinId, uniqueName, editor }: { iTwinId: string; uniqueName: string; editor: AssignmentEditorState }) {
  const { allITwinRoles, chosen, chosenSets, grantable, fieldErrors } = editor;
  const msg = fieldErrors.message;
  // The iTwin as people know it, by name: the page above has loaded it (its one query key). Without it
  // (its name may be refused), the id.
  const iTwin = useQueryClient().getQueryData<ITwin>(operationKey(iTwinOperations.getITwin, { iTwinId }));
  const iTwinName = iTwin ? revealHidden(iTwin.displayName) : undefined;
  return (
    <>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <TextField
            id="iTwinId"
            label="iTwin"
            value={iTwinName ?? iTwinId}
            title={iTwinName ? `${iTwinName} (iTwin id ${iTwinId})` : undefined}
            size="small"
            fullWidth
            error={!!msg("iTwinId")}
            slotProps={{
              htmlInput: {
                readOnly: true,
                ...(iTwinName && { "aria-describedby": helperId("iTwinId") }),
                ...fieldErrors.inputProps("iTwinId"),
              },
            }}
          />
          <FieldError field="iTwinId" message={msg("iTwinId")} hint={iTwinName ? `iTwin id ${iTwinId}` : undefined} />
        </Box>
        <Box sx={{ flex: 1 }}>
          <TextField
            id="uniqueName"
            label="Package"
            value={uniqueName}
            size="small"
            fullWidth
            error={!!msg("uniqueName")}
            slotProps={{ htmlInput: { readOnly: true, ...fieldErrors.inputProps("uniqueName") } }}
          />
          <FieldError field="uniqueName" message={msg("uniqueName")} />
        </Box>
      </Stack>

      <Box>
        <Autocomplete
          multiple
          id="iTwinRoleId"
          options={allITwinRoles}
          value={allITwinRoles.filter((r) => chosen.includes(r.id))}
          onChange={(_, value) => editor.choose(value.map((r) => r.id))}
          // Hidden direction characters shown as codes, in the options, the chips and the search alike.
          getOptionLabel={(r) => revealHidden(r.name)}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          filterSelectedOptions
          renderInput={(params) => (
            <TextField
              {...params}
              label="iTwin roles to edit"
              placeholder={chosen.length === 0 ? "Search all iTwin roles" : undefined}
              error={!!msg("iTwinRoleId")}
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, ...fieldErrors.inputProps("iTwinRoleId") },
              }}
            />
          )}
        />
        <FieldError field="iTwinRoleId" message={msg("iTwinRoleId")} />
      </Box>

      <FormControl component="fieldset" id="packageRoleIds" error={!!msg("packageRoleIds")} {...fieldErrors.inputProps("packageRoleIds")}>
        <FormLabel component="legend">Package roles of the chosen iTwin roles</FormLabel>
        {chosen.length === 0 ? <FormHelperText>Choose one or more iTwin roles first.</FormHelperText> : null}
        <FormGroup>
          {grantable.map((p) => {
            const holders = chosenSets.filter((s) => s.has(p.id)).length;
            const reasonId = `package-role-${p.id}-reason`;
            return (
              <Box key={p.id}>
                <FormControlLabel
                  label={<ServerName name={p.name} />}
                  disabled={chosen.length === 0 || !!p.disabledReason}
                  control={
                    <Checkbox
                      checked={chosen.length > 0 && holders === chosen.length}
                      indeterminate={holders > 0 && holders < chosen.length}
                      onChange={(e) => editor.toggle(chosen, p.id, e.target.checked)}
                      slotProps={{ input: p.disabledReason ? { "aria-describedby": reasonId } : {} }}
                    />
                  }
                />
                {p.disabledReason ? (
                  <FormHelperText id={reasonId} sx={{ mt: -0.5, ml: 4 }} data-testid="package-role-disabled-reason">
                    {p.disabledReason}
                  </FormHelperText>
                ) : null}
              </Box>
            );
          })}
        </FormGroup>
        <FieldError field="packageRoleIds" message={msg("packageRoleIds")} />
      </FormControl>

      <Box>
        <Button variant="outlined" color="error" size="small" disabled={!editor.canRemoveChosen} onClick={() => editor.removeAll(chosen)}>
          Remove all package roles of the chosen iTwin roles
        </Button>
        {editor.chosenHoldBlocked ? (
          <FormHelperText>
            A chosen iTwin role holds a package role you cannot manage, so its package roles cannot be removed by you.
          </FormHelperText>
        ) : null}
      </Box>
    </>
  );
}
