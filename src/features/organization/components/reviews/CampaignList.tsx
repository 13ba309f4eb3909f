// The access reviews kept in this browser, newest first, each with how far it got; or, when there are
// none, what a review is and a button to start one.
import { Box, Button, List, ListItem, ListItemButton, ListItemText, Paper, Stack, Typography } from "@mui/material";
import { ServerName } from "../../../../components/ServerName";
import type { ReviewHeader } from "../../use-reviews";

function summary(h: ReviewHeader): string {
  const applied = h.applications.length ? " · applied" : "";
  return `${new Date(h.createdAt).toLocaleDateString()} · ${h.decided.toLocaleString("en")} of ${h.lineCount.toLocaleString("en")} decided${applied}`;
}

export function CampaignList({
  campaigns,
  selected,
  onSelect,
  onStart,
  onImport,
}: {
  campaigns: readonly ReviewHeader[];
  selected: string | null;
  onSelect: (id: string) => void;
  onStart: () => void;
  onImport: () => void;
}) {
  if (campaigns.length === 0)
    return (
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 720 }}>
        <Typography variant="h6" component="h3">
          No access reviews yet
        </Typography>
        <Typography sx={{ my: 1 }}>
          An access review takes every grant on the iTwins you choose (each member&apos;s roles, groups, owners, invitations and share
          links) and asks you to keep or revoke each one, with hints such as missing users or expired links. The revocations are then
          applied as a plan, and the decisions with their results are kept as evidence.
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" onClick={onStart}>
            Start a review
          </Button>
          <Button onClick={onImport}>Import a review file</Button>
        </Stack>
      </Paper>
    );
  return (
    <Box sx={{ minWidth: 260 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button variant="contained" size="small" onClick={onStart}>
          Start a review
        </Button>
        <Button size="small" onClick={onImport}>
          Import
        </Button>
      </Stack>
      <List dense aria-label="Access reviews">
        {campaigns.map((c) => (
          <ListItem key={c.id} disablePadding>
            <ListItemButton selected={c.id === selected} onClick={() => onSelect(c.id)}>
              <ListItemText primary={<ServerName name={c.name} />} secondary={summary(c)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
