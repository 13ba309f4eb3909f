// Search anyone of the index by name or e-mail, see everywhere they have access, compare two people.
import { Box, Button, List, ListItemButton, ListItemText, Stack, TextField, Typography } from "@mui/material";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import {
  accessOf,
  grantLabel,
  people,
  sameAccessAs,
  searchPeople,
  type ITwinAccess,
  type OrgIndex,
  type Person,
} from "../../../org/index-queries";
import { AccessComparison } from "./AccessComparison";
import { PersonAccess } from "./PersonAccess";

const ACCESS_HEADER = ["person", "email", "iTwin", "iTwinId", "role", "route"];
const accessCells = (person: Person, access: ITwinAccess[]) =>
  access.flatMap((a) => a.grants.map((g) => [person.name, person.email, a.iTwinName, a.iTwinId, grantLabel(g), g.route]));

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

const placesOf = (all: Person[], p: Person) => all.find((q) => q.id === p.id)?.at ?? [];

function PersonHeader({
  person,
  access,
  named,
  children,
}: {
  person: Person;
  access: ITwinAccess[];
  /** Two people on screen: each one's export buttons say whose access they export. */
  named?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
        <Typography variant="h6" component="h3">
          <ServerName name={person.name} />
        </Typography>
        <ExportButtons
          basename={`access-${person.email ?? person.id}`}
          header={ACCESS_HEADER}
          rows={() => accessCells(person, access)}
          {...(named && { what: person.name })}
        />
        {children}
      </Stack>
      <Typography variant="body2">{person.email ? <ServerName name={person.email} /> : "missing user"}</Typography>
    </>
  );
}

export function PeopleView({ index, onOffboard }: { index: OrgIndex; onOffboard?: (person: Person) => void }) {
  const all = useMemo(() => people(index), [index]);
  const [first, setFirst] = useState<Person | null>(null);
  const [second, setSecond] = useState<Person | null>(null);
  const [comparing, setComparing] = useState(false);
  // Where to look is re-read from the current people list: the index may have been re-read since the pick.
  const firstAccess = useMemo(() => (first ? accessOf(index, first.id, placesOf(all, first)) : []), [index, all, first]);
  const secondAccess = useMemo(() => (second ? accessOf(index, second.id, placesOf(all, second)) : []), [index, all, second]);
  const both = comparing && first && second;
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
        {first ? (
          <Box sx={{ flex: 1 }} component="section" aria-label={`Access of ${first.name}`}>
            <PersonHeader person={first} access={firstAccess} named={comparing && second !== null}>
              {comparing ? (
                <Button size="small" onClick={() => (setComparing(false), setSecond(null))}>
                  Stop comparing
                </Button>
              ) : (
                <Button size="small" onClick={() => setComparing(true)}>
                  Compare with someone
                </Button>
              )}
              {onOffboard ? (
                <Button size="small" onClick={() => onOffboard(first)}>
                  Offboard…
                </Button>
              ) : null}
            </PersonHeader>
            <SameAccess index={index} all={all} person={first} onPick={setFirst} />
            {both ? null : <PersonAccess access={firstAccess} caption={`Access of ${first.name}`} />}
          </Box>
        ) : null}
        {comparing && second ? (
          <Box sx={{ flex: 1 }} component="section" aria-label={`Access of ${second.name}`}>
            <PersonHeader person={second} access={secondAccess} named />
            {first ? null : <PersonAccess access={secondAccess} caption={`Access of ${second.name}`} />}
          </Box>
        ) : null}
      </Stack>
      {both ? <AccessComparison left={firstAccess} right={secondAccess} leftName={first.name} rightName={second.name} /> : null}
    </Stack>
  );
}
