// The line the reviewer is on, in full: who, what, every permission revoking it takes away (for how many
// people), each hint as a sentence, the decision with who made it and when, and the result.
import { Box, Chip, Paper, Stack, Typography } from "@mui/material";
import { ServerName } from "../../../../components/ServerName";
import type { Decision, Hint, LineResult, ReviewLine } from "../../../../org/review/campaign";
import { HINT_LABELS } from "../../../../org/review/hints";
import { takenAway, type ReviewView } from "../../../../org/review/view";
import { expiryText } from "./HintChips";
import { accessText } from "./line-text";
import { resultText } from "./result-text";

export const HINT_SENTENCES: Record<Hint, string> = {
  missingUser: "The user has no e-mail: deleted from IMS, or never finished signing up.",
  expiredInvitation: "The invitation is past its expiry and was never accepted.",
  outsideDomain: "The e-mail is outside the organization's domains.",
  singleOwner: "The only owner of the iTwin: revoking it leaves the iTwin without an owner.",
  manyOwners: "The iTwin has more owners than the review's limit.",
  anonymousLink: "Anyone holding the link reads the iTwin without signing in.",
  expiredLink: "The share link is past its expiry.",
  privileged: "Grants administration permissions (roles, members, groups) or full control.",
  noRole: "A member holding no role.",
  accountRole: "An Account role: defined for the whole organization, given on this iTwin.",
  onlyThroughGroup: "Some of the group's members reach the iTwin only through this group.",
};

export function LineDetails({
  view,
  line,
  decision,
  result,
}: {
  view: ReviewView;
  line: ReviewLine | null;
  decision: Decision | undefined;
  result: LineResult | undefined;
}) {
  if (!line) return null;
  const t = takenAway(view, line);
  const expiry = expiryText(line);
  return (
    <Paper variant="outlined" component="section" aria-label="The line in full" sx={{ p: 2 }} data-testid="line-details">
      <Typography variant="subtitle1" component="h4">
        <ServerName name={line.subjectName} /> · <ServerName name={accessText(line)} /> on{" "}
        <ServerName name={view.itwins.get(line.iTwinId)?.name ?? line.iTwinId} />
      </Typography>
      {line.email && line.email !== line.subjectName ? (
        <Typography variant="body2">
          <ServerName name={line.email} />
        </Typography>
      ) : null}
      <Box sx={{ mt: 1 }}>
        <Typography variant="body2" component="div">
          <strong>Revoking takes away: </strong>
          {t.kind === "all" ? "ownership: every permission on the iTwin" : null}
          {t.kind === "link" ? `anonymous read access through the link${expiry ? ` (${expiry})` : ""}` : null}
          {t.kind === "invitation" ? `the pending invitation of ${t.email}${expiry ? ` (${expiry})` : ""}` : null}
          {t.kind === "permissions" ? (
            <>
              {t.role ? `${t.role}, ` : "membership without a role"}
              {t.role ? `${t.permissions.length} permission${t.permissions.length === 1 ? "" : "s"}` : ""}
              {t.people !== 1 ? ` for each of the group's ${t.people} people` : ""}
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap", mt: 0.5 }}>
                {t.permissions.map((p) => (
                  <Chip key={p} size="small" variant="outlined" label={p} />
                ))}
              </Stack>
            </>
          ) : null}
        </Typography>
      </Box>
      {line.hints.length ? (
        <Box component="ul" sx={{ mt: 1, mb: 0, pl: 3 }}>
          {line.hints.map((h) => (
            <li key={h}>
              <Typography variant="body2">
                <strong>{HINT_LABELS[h]}:</strong> {HINT_SENTENCES[h]}
              </Typography>
            </li>
          ))}
        </Box>
      ) : null}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {decision
          ? `${decision.verdict === "keep" ? "Keep" : "Revoke"}, decided by ${decision.by.name} on ${new Date(decision.at).toLocaleString()}${decision.note ? ` — ${decision.note}` : ""}`
          : "Not decided yet."}
        {result ? ` · ${resultText(result)}` : ""}
      </Typography>
    </Paper>
  );
}
