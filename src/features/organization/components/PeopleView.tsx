// Search anyone of the index by name or e-mail, see everywhere they have access, compare two people.
import { Box, Button, List, ListItemButton, ListItemText, Stack, TextField, Typography } from "@mui/material";
import { useMemo, useRef, useState } from "react";
import { ServerName } from "../../../components/ServerName";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import { accessOf, people, sameAccessAs, searchPeople, type OrgIndex, type Person } from "../../../org/index-queries";
import { downloadFile, toCsv } from "../../../lib/csv";
import { grantLabel, PersonAccess } from "./PersonAccess";

function exportAccess(index: OrgIndex, person: Person) {
  const rows = accessOf(index, person.id).flatMap((a) =>
    a.grants.map((g) => [person.name, person.email, a.iTwinName, a.iTwinId, grantLabel(g), g.route]),
  );
  downloadFile(`access-${person.email ?? person.id}.csv`, toCsv(["person", "email", "iTwin", "iTwinId", "role", "route"], rows));
}

function PersonPicker({ label, all, onPick }: { label: string; all: Person[]; onPick: (p: Person) => void }) {
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const found = useMemo(() => searchPeople(all, text, 20), [all, text]);
  return (
    <Box>
      <TextField label={label} value={text} onChange={(e) => setText(e.target.value)} size="small" fullWidth inputRef={input} />
      {found.length ? (
        <List dense aria-label={`${label}: matches`}>
          {found.map((p) => (
            <ListItemButton
              key={p.id}
              onClick={() => {
                onPick(p);
                setText("");
                // The matches go away with the pick: the cursor goes back to the search, ready for the next person.
                input.current?.focus();
              }}
            >
              <ListItemText primary={<ServerName name={p.name} />} secondary={p.email ? <ServerName name={p.email} /> : "missing user"} />
            </ListItemButton>
          ))}
        </List>
      ) : null}
    </Box>
  );
}

/** Everyone with exactly this person's access, worked out on demand (one pass over the index). */
function SameAccess({ index, all, person, onPick }: { index: OrgIndex; all: Person[]; person: Person; onPick: (p: Person) => void }) {
  const [shownFor, setShownFor] = useState<string | null>(null);
  // The button gives way to its answer: focus goes to the answer rather than to the page.
  const keepFocus = useFocusAfterRemoval<HTMLDivElement>();
  const same = useMemo(() => {
    if (shownFor !== person.id) return null;
    const ids = new Set(sameAccessAs(index, person.id));
    return all.filter((p) => ids.has(p.id));
  }, [index, all, person.id, shownFor]);
  return (
    <Box {...keepFocus}>
      {!same ? (
        <Button size="small" onClick={() => setShownFor(person.id)}>
          Same access as…
        </Button>
      ) : same.length === 0 ? (
        <Typography variant="body2">Nobody else has exactly this access.</Typography>
      ) : (
        <List dense aria-label={`Same access as ${person.name}`}>
          {same.slice(0, 50).map((p) => (
            <ListItemButton key={p.id} onClick={() => onPick(p)}>
              <ListItemText primary={<ServerName name={p.name} />} secondary={p.email ? <ServerName name={p.email} /> : "missing user"} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}

export function PeopleView({ index }: { index: OrgIndex }) {
  const all = useMemo(() => people(index), [index]);
  const [first, setFirst] = useState<Person | null>(null);
  const [second, setSecond] = useState<Person | null>(null);
  const [comparing, setComparing] = useState(false);
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <PersonPicker label="Find a person by name or e-mail" all={all} onPick={setFirst} />
        </Box>
        {comparing ? (
          <Box sx={{ flex: 1 }}>
            <PersonPicker label="Compare with" all={all} onPick={setSecond} />
          </Box>
        ) : null}
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: "flex-start" }}>
        {[first, comparing ? second : null].map((person, i) =>
          person ? (
            <Box key={i} sx={{ flex: 1 }} component="section" aria-label={`Access of ${person.name}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                <Typography variant="h6" component="h3">
                  <ServerName name={person.name} />
                </Typography>
                <Button size="small" onClick={() => exportAccess(index, person)}>
                  Export CSV
                </Button>
                {i === 0 && !comparing ? (
                  <Button size="small" onClick={() => setComparing(true)}>
                    Compare with someone
                  </Button>
                ) : null}
              </Stack>
              <Typography variant="body2">{person.email ? <ServerName name={person.email} /> : "missing user"}</Typography>
              {i === 0 ? <SameAccess index={index} all={all} person={person} onPick={setFirst} /> : null}
              <PersonAccess access={accessOf(index, person.id)} caption={`Access of ${person.name}`} />
            </Box>
          ) : null,
        )}
      </Stack>
    </Stack>
  );
}
