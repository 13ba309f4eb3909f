// "Keep all shown" / "Revoke all shown": one decision, with one note, for every line the filter shows,
// after a confirmation that says how many lines it takes and which of them were decided otherwise. The
// lines are those shown when the confirmation opened: what it counts is exactly what is decided.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { plural } from "../../../../lib/plural";
import type { Decision, ReviewLine, Verdict } from "../../../../org/review/campaign";

export function BulkDecision({
  shown,
  decisions,
  narrowed,
  disabled,
  onDecide,
}: {
  shown: readonly ReviewLine[];
  decisions: ReadonlyMap<string, Decision>;
  /** False when the filter shows every line. */
  narrowed: boolean;
  disabled: boolean;
  onDecide: (verdict: Verdict, note: string, lines: readonly ReviewLine[]) => void;
}) {
  const [asked, setAsked] = useState<{ verdict: Verdict; lines: readonly ReviewLine[] } | null>(null);
  const verdict = asked?.verdict ?? null;
  const lines = asked?.lines ?? shown;
  const [note, setNote] = useState("");
  const overturned = verdict
    ? lines.filter((l) => {
        const d = decisions.get(l.id);
        return d && d.verdict !== verdict;
      }).length
    : 0;
  const close = () => {
    setAsked(null);
    setNote("");
  };
  const what = narrowed ? "shown" : "";
  return (
    <>
      <Button variant="outlined" disabled={disabled || shown.length === 0} onClick={() => setAsked({ verdict: "keep", lines: shown })}>
        Keep all {what ? `${what} ` : ""}({shown.length.toLocaleString("en")})
      </Button>
      <Button
        variant="outlined"
        color="error"
        disabled={disabled || shown.length === 0}
        onClick={() => setAsked({ verdict: "revoke", lines: shown })}
      >
        Revoke all {what ? `${what} ` : ""}({shown.length.toLocaleString("en")})
      </Button>
      <Dialog open={verdict !== null} onClose={close} aria-labelledby="bulk-decision-title" aria-describedby="bulk-decision-body">
        <DialogTitle id="bulk-decision-title">
          {verdict === "keep" ? "Keep" : "Revoke"} {plural(lines.length, "line")}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="bulk-decision-body">
            {verdict === "keep" ? "Keep" : "Revoke"} {narrowed ? "every line the filter shows" : "every line of this review"}:{" "}
            {plural(lines.length, "line")}.
            {overturned ? ` ${plural(overturned, "line")} decided otherwise so far ${overturned === 1 ? "changes" : "change"}.` : ""}
            {verdict === "revoke" ? " Nothing is sent yet: revocations are applied as a plan you review first." : ""}
          </DialogContentText>
          <TextField
            label="Note for these lines (optional)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            fullWidth
            sx={{ mt: 2 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="contained"
            color={verdict === "revoke" ? "error" : "primary"}
            onClick={() => {
              if (verdict) onDecide(verdict, note, lines);
              close();
            }}
          >
            {verdict === "keep" ? "Keep" : "Revoke"} {plural(lines.length, "line")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
