// What the review shows: text, iTwin, person (or group), role, hint and decision, and how it is grouped.
// The same filter is what "Keep all shown" / "Revoke all shown" act on.
import { Autocomplete, Button, MenuItem, Stack, TextField } from "@mui/material";
import { useMemo } from "react";
import type { Hint } from "../../../../org/review/campaign";
import { HINT_LABELS } from "../../../../org/review/hints";
import type { DecisionState, LineFilter, ReviewView } from "../../../../org/review/view";
import type { GroupBy } from "./line-groups";

export interface ScreenFilter {
  text: string;
  iTwinId: string | null;
  subject: { id: string; name: string } | null;
  roleName: string | null;
  hint: Hint | null;
  state: DecisionState | "all";
  groupBy: GroupBy;
}

export const NO_FILTER: ScreenFilter = {
  text: "",
  iTwinId: null,
  subject: null,
  roleName: null,
  hint: null,
  state: "all",
  groupBy: "itwin",
};

export function toLineFilter(f: ScreenFilter): LineFilter {
  return {
    ...(f.text.trim() && { text: f.text }),
    ...(f.iTwinId && { iTwinIds: [f.iTwinId] }),
    ...(f.subject && { subjectId: f.subject.id }),
    ...(f.roleName !== null && { roleName: f.roleName }),
    ...(f.hint && { hints: [f.hint] }),
    ...(f.state !== "all" && { state: f.state }),
  };
}

export const isNarrowed = (f: ScreenFilter) => Object.keys(toLineFilter(f)).length > 0;

const STATES: { value: ScreenFilter["state"]; label: string }[] = [
  { value: "all", label: "Any decision" },
  { value: "undecided", label: "Undecided" },
  { value: "decided", label: "Decided" },
  { value: "keep", label: "Keep" },
  { value: "revoke", label: "Revoke" },
];

const GROUPS: { value: GroupBy; label: string }[] = [
  { value: "itwin", label: "iTwin" },
  { value: "person", label: "Person or group" },
  { value: "role", label: "Role" },
  { value: "hint", label: "Hint" },
  { value: "none", label: "No grouping" },
];

const MAX_OPTIONS = 50;

export function ReviewFilters({ view, filter, onChange }: { view: ReviewView; filter: ScreenFilter; onChange: (f: ScreenFilter) => void }) {
  const patch = (p: Partial<ScreenFilter>) => onChange({ ...filter, ...p });
  const itwins = useMemo(() => [...view.itwins.values()].map((t) => t.id), [view]);
  const subjects = useMemo(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const l of view.lines)
      if (!seen.has(l.subjectId))
        seen.set(l.subjectId, {
          id: l.subjectId,
          name: l.email && l.email !== l.subjectName ? `${l.subjectName} (${l.email})` : l.subjectName,
        });
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [view]);
  const roles = useMemo(() => [...new Set(view.lines.flatMap((l) => (l.roleName ? [l.roleName] : [])))].sort(), [view]);
  const hints = useMemo(
    () => Object.keys(HINT_LABELS).filter((h) => view.lines.some((l) => l.hints.includes(h as Hint))) as Hint[],
    [view],
  );

  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: "wrap", alignItems: "center" }}
      role="search"
      aria-label="Filter the review"
    >
      <TextField
        size="small"
        label="Search (name, e-mail, role, iTwin)"
        value={filter.text}
        onChange={(e) => patch({ text: e.target.value })}
        sx={{ width: 260 }}
      />
      <Autocomplete
        size="small"
        options={itwins}
        value={filter.iTwinId}
        onChange={(_e, iTwinId) => patch({ iTwinId })}
        getOptionLabel={(id) => view.itwins.get(id)?.name ?? id}
        renderInput={(params) => <TextField {...params} label="iTwin" />}
        sx={{ width: 220 }}
      />
      <Autocomplete
        size="small"
        options={subjects}
        value={filter.subject}
        onChange={(_e, subject) => patch({ subject })}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionLabel={(s) => s.name}
        filterOptions={(options, { inputValue }) => {
          const needle = inputValue.trim().toLowerCase();
          const out = [];
          for (const o of options) {
            if (needle && !o.name.toLowerCase().includes(needle)) continue;
            out.push(o);
            if (out.length === MAX_OPTIONS) break;
          }
          return out;
        }}
        renderInput={(params) => <TextField {...params} label="Person or group" />}
        sx={{ width: 260 }}
      />
      <Autocomplete
        size="small"
        options={roles}
        value={filter.roleName}
        onChange={(_e, roleName) => patch({ roleName })}
        renderInput={(params) => <TextField {...params} label="Role" />}
        sx={{ width: 200 }}
      />
      <TextField
        select
        size="small"
        label="Hint"
        value={filter.hint ?? ""}
        onChange={(e) => patch({ hint: (e.target.value || null) as Hint | null })}
        sx={{ width: 220 }}
      >
        <MenuItem value="">Any hint</MenuItem>
        {hints.map((h) => (
          <MenuItem key={h} value={h}>
            {HINT_LABELS[h]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Decision"
        value={filter.state}
        onChange={(e) => patch({ state: e.target.value as ScreenFilter["state"] })}
        sx={{ width: 160 }}
      >
        {STATES.map((s) => (
          <MenuItem key={s.value} value={s.value}>
            {s.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Group by"
        value={filter.groupBy}
        onChange={(e) => patch({ groupBy: e.target.value as GroupBy })}
        sx={{ width: 170 }}
      >
        {GROUPS.map((g) => (
          <MenuItem key={g.value} value={g.value}>
            {g.label}
          </MenuItem>
        ))}
      </TextField>
      {isNarrowed(filter) ? <Button onClick={() => onChange({ ...NO_FILTER, groupBy: filter.groupBy })}>Clear filters</Button> : null}
    </Stack>
  );
}
