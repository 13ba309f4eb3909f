// A searchable picker over every person of the iTwin (all pages already loaded): every word typed must
// appear in the name or e-mail. Only the first matches are listed, so a large iTwin stays responsive.
import { Autocomplete, Box, TextField, Typography } from "@mui/material";
import { personName, type Person } from "../effective-access";

const MAX_SHOWN = 50;

export interface MemberPickerProps {
  people: readonly Person[];
  value: Person | null;
  onChange: (person: Person | null) => void;
  label?: string;
  id: string;
  disabled?: boolean;
}

export function personMatches(p: Person, query: string): boolean {
  const text = `${personName(p)} ${p.email ?? ""}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w));
}

export function MemberPicker({ people, value, onChange, label = "Member", id, disabled }: MemberPickerProps) {
  return (
    <Autocomplete
      id={id}
      options={people as Person[]}
      value={value}
      disabled={disabled}
      onChange={(_e, v) => onChange(v)}
      getOptionLabel={(p) => (p.email && personName(p) !== p.email ? `${personName(p)} (${p.email})` : personName(p))}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options, state) => options.filter((p) => personMatches(p, state.inputValue)).slice(0, MAX_SHOWN)}
      renderOption={({ key, ...props }, p) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography variant="body2">{personName(p)}</Typography>
            <Typography variant="caption" color="text.secondary">
              {p.email ?? "no e-mail (missing user)"}
              {p.isUserMember ? "" : " · through a group only"}
            </Typography>
          </Box>
        </Box>
      )}
      noOptionsText="No member matches"
      sx={{ minWidth: 320, maxWidth: 560 }}
      renderInput={(params) => <TextField {...params} label={label} placeholder="Type a name or e-mail" />}
    />
  );
}
