// The access reviews kept in this browser, newest first, each with how far it got; or, when there are
// none, what a review is and a button to start one.
import { Box, Button, List, ListItem, ListItemButton, ListItemText, Paper, Stack, Typography } from "@mui/material";
import { ServerName } from "../../../../components/ServerName";
import type { Campaign, Decision } from "../../../../org/review/campaign";

export interface CampaignSummary {
  campaign: Campaign;
  decisions: ReadonlyMap<string, Decision>;
}

function summary({ campaign, decisions }: CampaignSummary): string {
  const decided = campaign.lines.reduce((n, l) => n + (decisions.has(l.id) ? 1 : 0), 0);
  const applied = campaign.applications.length ? " · applied" : "";
  return `${new Date(campaign.createdAt).toLocaleDateString()} · ${decided.toLocaleString("en")} of ${campaign.lines.length.toLocaleString("en")} decided${applied}`;
}

export function CampaignList({
  campaigns,
  selected,
  onSelect,
  onStart,
  onImport,
}: {
  campaigns: readonly CampaignSummary[];
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
          <ListItem key={c.campaign.id} disablePadding>
            <ListItemButton selected={c.campaign.id === selected} onClick={() => onSelect(c.campaign.id)}>
              <ListItemText primary={<ServerName name={c.campaign.name} />} secondary={summary(c)} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
