// The lines a refresh no longer found (the grant is gone from the server), each with the decision it
// had: a reviewer sees what their earlier decisions were about instead of those lines vanishing.
import { Alert, Box, Button, List, ListItem, ListItemText } from "@mui/material";
import { useState } from "react";
import { plural } from "../../../../lib/plural";
import type { Campaign } from "../../../../org/review/campaign";
import { accessText } from "./line-text";

const FIRST = 20;

export function GoneLines({ campaign }: { campaign: Campaign }) {
  const [all, setAll] = useState(false);
  const gone = campaign.gone ?? [];
  if (gone.length === 0) return null;
  const names = new Map(campaign.itwins.map((t) => [t.id, t.name]));
  const shown = all ? gone : gone.slice(0, FIRST);
  const decided = gone.filter((g) => g.decision).length;
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="review-gone">
      {plural(gone.length, "line")} gone since an earlier snapshot: the server no longer grants them
      {decided ? ` (${decided.toLocaleString("en")} of them decided before)` : ""}. They are not part of the review any more.
      <List dense aria-label="Lines gone since an earlier snapshot">
        {shown.map(({ line, decision, since }) => (
          <ListItem key={line.id} disableGutters>
            <ListItemText
              primary={`${line.subjectName} · ${accessText(line)} on ${names.get(line.iTwinId) ?? line.iTwinId}`}
              secondary={`Gone as of ${new Date(since).toLocaleString()}${decision ? ` · was decided: ${decision.verdict}${decision.note ? ` (${decision.note})` : ""}` : " · undecided"}`}
            />
          </ListItem>
        ))}
      </List>
      {gone.length > FIRST && !all ? (
        <Box>
          <Button size="small" onClick={() => setAll(true)}>
            Show all {gone.length.toLocaleString("en")}
          </Button>
        </Box>
      ) : null}
    </Alert>
  );
}
