// How far the review got: a bar and counts over every line, and per iTwin (opened on request, as a
// review may span a thousand iTwins), each iTwin a button that narrows the lines to it.
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { ServerName } from "../../../../components/ServerName";
import type { Progress } from "../../../../org/review/decisions";
import type { ReviewView } from "../../../../org/review/view";

export function progressText(p: Progress): string {
  return `${(p.kept + p.revoked).toLocaleString("en")} of ${p.lines.toLocaleString("en")} lines decided: ${p.kept.toLocaleString("en")} kept, ${p.revoked.toLocaleString("en")} to revoke, ${p.undecided.toLocaleString("en")} undecided`;
}

export function ReviewProgress({
  view,
  overall,
  byITwin,
  onPickITwin,
}: {
  view: ReviewView;
  overall: Progress;
  byITwin: ReadonlyMap<string, Progress>;
  onPickITwin: (iTwinId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const done = overall.lines ? (100 * (overall.kept + overall.revoked)) / overall.lines : 100;
  const finished = [...byITwin.values()].filter((p) => p.undecided === 0).length;
  return (
    <Box>
      <Typography role="status" data-testid="review-progress">
        {progressText(overall)}
      </Typography>
      <LinearProgress variant="determinate" value={done} aria-label="Decided lines" sx={{ my: 1 }} />
      <Accordion expanded={open} onChange={(_e, x) => setOpen(x)} disableGutters variant="outlined">
        <AccordionSummary aria-controls="review-progress-itwins" id="review-progress-itwins-header">
          Progress by iTwin: {finished} of {byITwin.size} finished
        </AccordionSummary>
        <AccordionDetails id="review-progress-itwins">
          {open ? (
            <Table size="small" aria-label="Progress by iTwin">
              <TableHead>
                <TableRow>
                  <TableCell>iTwin</TableCell>
                  <TableCell align="right">Lines</TableCell>
                  <TableCell align="right">Kept</TableCell>
                  <TableCell align="right">To revoke</TableCell>
                  <TableCell align="right">Undecided</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {[...byITwin].map(([id, p]) => (
                  <TableRow key={id} data-testid="itwin-progress">
                    <TableCell>
                      <Button size="small" onClick={() => onPickITwin(id)} sx={{ textTransform: "none" }}>
                        <ServerName name={view.itwins.get(id)?.name ?? id} />
                      </Button>
                    </TableCell>
                    <TableCell align="right">{p.lines}</TableCell>
                    <TableCell align="right">{p.kept}</TableCell>
                    <TableCell align="right">{p.revoked}</TableCell>
                    <TableCell align="right">{p.undecided}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}
