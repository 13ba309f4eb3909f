// The changes an editor could not apply because what they were for is gone: one line each, names
// rendered as server names, so the person can decide to apply them again elsewhere or let them go.
import { useId } from "react";
import { Box, Typography } from "@mui/material";
import { ServerName } from "./ServerName";

export interface UnappliedChange {
  /** "add" gives something, "remove" takes it away, "set" replaces a value. */
  kind: "add" | "remove" | "set";
  /** What the change is about: a role, a permission, a field (shown as a server name). */
  name: string;
  /** Plain words before the name, e.g. "member" in "Add member ada@example.com". */
  what?: string;
  /** Whom the change was for, e.g. the iTwin role in "Add package role Run for Surveyor". */
  on?: string;
  /** For "set": the value that was to be saved. */
  value?: string;
}

const VERB = { add: "Add", remove: "Remove", set: "Set" } as const;

export function UnappliedChanges({ changes }: { changes: readonly UnappliedChange[] }) {
  const titleId = useId();
  if (changes.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2" id={titleId}>
        {changes.length === 1 ? "This change could not be applied:" : `These ${changes.length} changes could not be applied:`}
      </Typography>
      <Box component="ul" aria-labelledby={titleId} data-testid="unapplied-changes" sx={{ my: 0.5, pl: 3 }}>
        {changes.map((c, i) => (
          <Typography component="li" variant="body2" key={`${c.kind}-${c.name}-${i}`}>
            {VERB[c.kind]} {c.what ? `${c.what} ` : null}
            <ServerName name={c.name} />
            {c.on !== undefined ? (
              <>
                {" "}
                for <ServerName name={c.on} />
              </>
            ) : null}
            {c.kind === "set" && c.value !== undefined ? (
              <>
                {" "}
                to <ServerName name={c.value} />
              </>
            ) : null}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
