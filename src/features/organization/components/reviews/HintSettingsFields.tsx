// What a review's hints judge by, as typed: the organization's e-mail domains and the owner limit.
// The same two fields start a review and change an open one's settings.
import { TextField } from "@mui/material";

/** The domains as typed: lower case, without a leading "@", once each. */
export function parseDomains(text: string): string[] {
  const out = text
    .split(/[\s,;]+/)
    .map((d) => d.trim().replace(/^@/, "").toLowerCase())
    .filter(Boolean);
  return [...new Set(out)];
}

/** The owner limit as typed, or null when it is not a whole number of at least 1. */
export function parseMaxOwners(text: string): number | null {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && n >= 1 ? n : null;
}

export function HintSettingsFields({
  domains,
  maxOwners,
  onChange,
}: {
  domains: string;
  maxOwners: string;
  onChange: (patch: { domains?: string; maxOwners?: string }) => void;
}) {
  const limitWrong = parseMaxOwners(maxOwners) === null;
  return (
    <>
      <TextField
        label="Organization e-mail domains"
        value={domains}
        onChange={(e) => onChange({ domains: e.target.value })}
        helperText="Separated by commas. People with an e-mail elsewhere are hinted “Outside the organization's domains”; subdomains count as inside. Empty: no such hint."
      />
      <TextField
        label="Owner limit"
        value={maxOwners}
        onChange={(e) => onChange({ maxOwners: e.target.value })}
        error={limitWrong}
        helperText={limitWrong ? "A whole number, at least 1." : "iTwins with more owners than this are hinted “Many owners”."}
        slotProps={{ htmlInput: { inputMode: "numeric" } }}
      />
    </>
  );
}
