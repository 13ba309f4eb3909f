// The review's evidence: every line with its decision, note, who and when, and what applying did — as
// CSV, JSON, or a self-contained page opened in a new tab to read or print (or downloaded).
import { Button, Stack, Typography } from "@mui/material";
import { useState } from "react";
import type { Review } from "../../../../org/review/campaign";
import { downloadEvidence } from "../../../../org/review/evidence";
import { downloadEvidenceHtml, evidenceHtml } from "../../../../org/review/evidence-html";

/** Opens the report in a new tab; false when the browser blocked the tab. */
function openReport(review: Review): boolean {
  const url = URL.createObjectURL(new Blob([evidenceHtml(review)], { type: "text/html;charset=utf-8" }));
  const tab = window.open(url, "_blank");
  // The tab keeps its document once loaded; the address is let go after a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return tab !== null;
}

export function EvidenceButtons({ review }: { review: Review }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }} component="section" aria-label="Evidence">
      <Typography variant="subtitle1" component="h4" sx={{ mr: 1 }}>
        Evidence
      </Typography>
      <Button size="small" onClick={() => setBlocked(!openReport(review))}>
        Open printable report
      </Button>
      <Button size="small" onClick={() => downloadEvidenceHtml(review)}>
        Download report (HTML)
      </Button>
      <Button size="small" onClick={() => downloadEvidence(review, "csv")}>
        Evidence CSV
      </Button>
      <Button size="small" onClick={() => downloadEvidence(review, "json")}>
        Evidence JSON
      </Button>
      {blocked ? (
        <Typography role="alert" color="error">
          The browser blocked the new tab: allow pop-ups for this site, or download the report.
        </Typography>
      ) : null}
    </Stack>
  );
}
