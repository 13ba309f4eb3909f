// The organization's subscribed packages; choosing one shows its details and assignments.
import { Box, Chip, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from "@mui/material";
import type { PackageSummary } from "../../../api/wire";
import { ServerName } from "../../../components/ServerName";

export function PackageList({
  packages,
  selected,
  onSelect,
}: {
  packages: readonly PackageSummary[];
  selected: string | undefined;
  onSelect: (uniqueName: string) => void;
}) {
  return (
    <List
      aria-label="Subscribed packages"
      disablePadding
      sx={{ border: 1, borderColor: "divider", borderRadius: 1, maxHeight: 520, overflow: "auto" }}
    >
      {packages.map((p) => {
        const isSelected = p.uniqueName === selected;
        return (
          <ListItem key={p.uniqueName} disablePadding divider>
            <ListItemButton
              selected={isSelected}
              aria-current={isSelected ? "true" : undefined}
              onClick={() => onSelect(p.uniqueName)}
              data-testid="package-item"
            >
              <ListItemText
                primary={
                  <Stack component="span" direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                    <Typography component="span" sx={{ fontWeight: 600, overflowWrap: "anywhere", minWidth: 0 }}>
                      <ServerName name={p.name} />
                    </Typography>
                    {p.projectStage ? <Chip size="small" label={p.projectStage} variant="outlined" /> : null}
                    <Typography component="span" variant="caption" color="text.secondary">
                      v{p.version}
                    </Typography>
                  </Stack>
                }
                secondary={
                  <Box component="span" sx={{ display: "block" }}>
                    <Box component="code" sx={{ display: "block", fontSize: "0.75rem", overflowWrap: "anywhere" }}>
                      <ServerName name={p.uniqueName} />
                    </Box>
                    {p.description ? <ServerName name={p.description} /> : null}
                  </Box>
                }
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
}
