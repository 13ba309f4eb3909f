// Choose members for a bulk change from every user member (all pages are loaded): search, tick, or
// select everyone the search matches. Only the first matches are listed; the selection covers them all.
import { useMemo, useState } from "react";
import { Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from "@mui/material";
import type { UserMember } from "../../../api/wire";
import { personFromUser, personName } from "../effective-access";

const MAX_SHOWN = 100;

function matches(m: UserMember, query: string): boolean {
  const text = [personName(personFromUser(m)), m.email, ...m.roles.map((r) => r.displayName)].join(" ").toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w));
}

export function BulkMemberSelector({
  users,
  selected,
  onChange,
}: {
  users: readonly UserMember[];
  selected: ReadonlySet<string>;
  onChange: (ids: Set<string>) => void;
}) {
  const [search, setSearch] = useState("");
  const matching = useMemo(() => (search.trim() ? users.filter((m) => matches(m, search)) : [...users]), [users, search]);
  const shown = matching.slice(0, MAX_SHOWN);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };

  return (
    <Stack spacing={1}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
        <TextField label="Search members" size="small" value={search} onChange={(e) => setSearch(e.target.value)} sx={{ minWidth: 280 }} />
        <Button onClick={() => onChange(new Set([...selected, ...matching.map((m) => m.id)]))} disabled={matching.length === 0}>
          Select all {matching.length} matching
        </Button>
        <Button onClick={() => onChange(new Set())} disabled={selected.size === 0}>
          Clear selection
        </Button>
        <Typography variant="body2" data-testid="bulk-selected-count" aria-live="polite">
          {selected.size} selected
        </Typography>
      </Stack>
      <Box
        sx={{ maxHeight: 320, overflow: "auto", border: 1, borderColor: "divider", borderRadius: 1, px: 1 }}
        role="group"
        aria-label="Members"
      >
        {shown.length === 0 ? (
          <Typography variant="body2" sx={{ p: 1 }}>
            No member matches “{search}”.
          </Typography>
        ) : (
          shown.map((m) => (
            <Box key={m.id}>
              <FormControlLabel
                control={<Checkbox size="small" checked={selected.has(m.id)} onChange={() => toggle(m.id)} />}
                label={
                  <span>
                    {personName(personFromUser(m))}
                    <Typography component="span" variant="caption" color="text.secondary">
                      {` ${m.email ?? "(missing user)"} · ${m.roles.map((r) => r.displayName).join(", ") || "no direct role"}`}
                    </Typography>
                  </span>
                }
              />
            </Box>
          ))
        )}
      </Box>
      {matching.length > MAX_SHOWN ? (
        <Typography variant="caption">
          Showing {MAX_SHOWN} of {matching.length} matching members; refine the search to see others (“Select all” covers all of them).
        </Typography>
      ) : null}
    </Stack>
  );
}
