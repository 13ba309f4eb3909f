// A line's hints as chips with words (never colour alone), a share link's or invitation's expiry beside them.
import { Chip, Stack } from "@mui/material";
import type { Hint, ReviewLine } from "../../../../org/review/campaign";
import { HINT_LABELS } from "../../../../org/review/hints";

const WARNING: ReadonlySet<Hint> = new Set([
  "missingUser",
  "expiredInvitation",
  "singleOwner",
  "anonymousLink",
  "expiredLink",
  "outsideDomain",
]);

export function expiryText(line: Pick<ReviewLine, "kind" | "expiresAt">): string | null {
  if (!line.expiresAt || (line.kind !== "share" && line.kind !== "invitation")) return null;
  const at = Date.parse(line.expiresAt);
  if (Number.isNaN(at)) return null;
  return `${at < Date.now() ? "expired" : "expires"} ${new Date(at).toLocaleDateString()}`;
}

export function HintChips({ line }: { line: ReviewLine }) {
  const expiry = expiryText(line);
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "nowrap", overflow: "hidden" }}>
      {line.hints.map((h) => (
        <Chip
          key={h}
          size="small"
          variant={WARNING.has(h) ? "filled" : "outlined"}
          color={WARNING.has(h) ? "warning" : "default"}
          label={HINT_LABELS[h]}
        />
      ))}
      {expiry ? <Chip size="small" variant="outlined" label={expiry} /> : null}
    </Stack>
  );
}
