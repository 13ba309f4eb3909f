// A line's hints as tags with words (never colour alone), a share link's or invitation's expiry beside
// them: plain spans styled by the lines' table (see LineRow), as a window of them mounts on every jump.
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
    <span className="review-hints">
      {line.hints.map((h) => (
        <span key={h} className={WARNING.has(h) ? "review-hint warning" : "review-hint"}>
          {HINT_LABELS[h]}
        </span>
      ))}
      {expiry ? <span className="review-hint">{expiry}</span> : null}
    </span>
  );
}
