// Search anyone of the index by name or e-mail, see everywhere they have access, compare two people.
import { Box, Button, List, ListItemButton, ListItemText, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { useFocusAfterRemoval } from "../../../components/use-focus-after-removal";
import {
  accessOf,
  grantLabel,
  sameAccessAs,
  type ITwinAccess,
  type OrgIndex,
  type PeopleIndex,
  type Person,
} from "../../../org/index-queries";
import { withOrgAdminRoute, withSignedInAdmin } from "../../../org/org-admin-access";
import type { PersonRef } from "../../../org/snapshot";
import type { OrgView } from "../use-org-index";
import { AccessComparison } from "./AccessComparison";
import { PersonAccess } from "./PersonAccess";
import { pluralNoun } from "../../../lib/plural";

const ACCESS_HEADER = ["person", "email", "iTwin", "iTwinId", "role", "route"];
const accessCells = (person: Person, access: ITwinAccess[]) =>
  access.flatMap((a) => a.grants.map((g) => [person.name, person.email, a.iTwinName, a.iTwinId, grantLabel(g), g.route]));

/** A person's e-mail as the server gave it; a missing user (deleted from IMS) has none. */
function EmailOf({ person }: { person: Person }) {
  return person.email ? <ServerName name={person.email} /> : "missing user";
}

function PersonPicker({ label, all, onPick }: { label: string; all: PeopleIndex; onPick: (p: Person) => void }) {
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const found = useMemo(() => all.search(text, 20), [all, text]);
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
              <ListItemText primary={<ServerName name={p.name} />} secondary={<EmailOf person={p} />} />
            </ListItemButton>
          ))}
        </List>
      ) : null}
    </Box>
  );
}

const reading = (view: OrgView) => `Reading the index: ${view.parsed} of ${view.itwins.length} ${pluralNoun(view.itwins.length, "iTwin")}…`;

/** Everyone with exactly this person's access, worked out on demand (one pass over the whole index). */
function SameAccess({ view, person, onPick, admin }: { view: OrgView; person: Person; onPick: (p: Person) => void; admin: boolean }) {
  if (admin) {
    // Whose access matches theirs would have to count other administrators, whom the API does not list.
    return (
      <Typography variant="body2">Nobody can be found with the same access: other organization administrators cannot be known.</Typography>
    );
  }
  return <SameAccessOf view={view} person={person} onPick={onPick} />;
}

function SameAccessOf({ view, person, onPick }: { view: OrgView; person: Person; onPick: (p: Person) => void }) {
  const [shownFor, setShownFor] = useState<string | null>(null);
  // The button gives way to its answer: focus goes to the answer rather than to the page.
  const keepFocus = useFocusAfterRemoval<HTMLDivElement>();
  const index: OrgIndex | null = view.full;
  const all = view.people;
  const same = useMemo(() => {
    if (shownFor !== person.id || !index) return null;
    const ids = new Set(sameAccessAs(index, person.id));
    return all.list().filter((p) => ids.has(p.id));
  }, [index, all, person.id, shownFor]);
  return (
    <Box {...keepFocus}>
      {shownFor === person.id && !same ? (
        <Typography role="status">{reading(view)}</Typography>
      ) : !same ? (
        <Button size="small" onClick={() => setShownFor(person.id)}>
          Same access as…
        </Button>
      ) : same.length === 0 ? (
        <Typography variant="body2">Nobody else has exactly this access.</Typography>
      ) : (
        <List dense aria-label={`Same access as ${person.name}`}>
          {same.slice(0, 50).map((p) => (
            <ListItemButton key={p.id} onClick={() => onPick(p)}>
              <ListItemText primary={<ServerName name={p.name} />} secondary={<EmailOf person={p} />} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}

const NO_ACCESS: ITwinAccess[] = [];
const placesOf = (all: PeopleIndex, p: Person) => all.byId(p.id)?.at ?? [];

/**
 * A person's access: from the whole index once parsed, before that from their own iTwins, parsed first.
 * Where to look is re-read from the current people list: the index may have been re-read since the pick.
 */
function useAccessOf(view: OrgView, person: Person | null, adminId: string | undefined): ITwinAccess[] | null {
  const access = useMemberAccessOf(view, person);
  const { itwins, account } = view;
  const admin = !!person && person.id === adminId;
  return useMemo(() => (access && admin ? withOrgAdminRoute(access, itwins, account) : access), [access, admin, itwins, account]);
}

function useMemberAccessOf(view: OrgView, person: Person | null): ITwinAccess[] | null {
  const { full, people: all, itwins, narrowed } = view;
  const whole = useMemo(() => (person && full ? accessOf(full, person.id, placesOf(all, person)) : null), [full, all, person]);
  const [early, setEarly] = useState<{ personId: string; itwins: unknown; access: ITwinAccess[] } | null>(null);
  useEffect(() => {
    if (!person || full) return;
    let live = true;
    void narrowed(placesOf(all, person)).then((part) => {
      if (live) setEarly({ personId: person.id, itwins, access: accessOf(part, person.id) });
    });
    return () => {
      live = false;
    };
  }, [person, full, all, itwins, narrowed]);
  if (!person) return NO_ACCESS;
  if (whole) return whole;
  return early && early.personId === person.id && early.itwins === itwins ? early.access : null;
}

function PersonHeader({
  person,
  access,
  named,
  children,
}: {
  person: Person;
  /** null while their iTwins are being read. */
  access: ITwinAccess[] | null;
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
        {access ? (
          <ExportButtons
            basename={`access-${person.email ?? person.id}`}
            header={ACCESS_HEADER}
            rows={() => accessCells(person, access)}
            {...(named && { what: person.name })}
          />
        ) : null}
        {children}
      </Stack>
      <Typography variant="body2">
        <EmailOf person={person} />
      </Typography>
    </>
  );
}

function AccessOrReading({ view, access, caption }: { view: OrgView; access: ITwinAccess[] | null; caption: string }) {
  return access ? <PersonAccess access={access} caption={caption} /> : <Typography role="status">{reading(view)}</Typography>;
}

/** What each route means; the last line says what the console cannot know. */
function RoutesHelp() {
  return (
    <Box sx={{ color: "text.secondary" }}>
      <Typography variant="body2">
        Where each role comes from: direct (held on the iTwin), via group (held by a group they are in), account role (a role of the Account
        iTwin), owner (every permission on the iTwin), organization administrator (may administer every iTwin of the organization through
        Access Control and EDFS, member or not).
      </Typography>
      <Typography variant="body2">
        Only you can be shown as an organization administrator: the API lists no administrators, so others cannot be known.
      </Typography>
    </Box>
  );
}

export function PeopleView({
  view,
  signedInAdmin = null,
  onOffboard,
  onSameAccess,
}: {
  view: OrgView;
  /** The signed-in user, when they are an organization administrator: the only one the console can know. */
  signedInAdmin?: PersonRef | null;
  onOffboard?: (person: Person) => void;
  /** Give someone else this person's access. */
  onSameAccess?: (person: Person) => void;
}) {
  const all = useMemo(() => withSignedInAdmin(view.people, signedInAdmin), [view.people, signedInAdmin]);
  const adminId = signedInAdmin?.id;
  const [first, setFirst] = useState<Person | null>(null);
  const [second, setSecond] = useState<Person | null>(null);
  const [comparing, setComparing] = useState(false);
  const firstAccess = useAccessOf(view, first, adminId);
  const secondAccess = useAccessOf(view, second, adminId);
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
      <RoutesHelp />
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
              {onSameAccess ? (
                <Button size="small" onClick={() => onSameAccess(first)}>
                  Give someone the same access…
                </Button>
              ) : null}
            </PersonHeader>
            <SameAccess view={view} person={first} onPick={setFirst} admin={first.id === adminId} />
            {both ? null : <AccessOrReading view={view} access={firstAccess} caption={`Access of ${first.name}`} />}
          </Box>
        ) : null}
        {comparing && second ? (
          <Box sx={{ flex: 1 }} component="section" aria-label={`Access of ${second.name}`}>
            <PersonHeader person={second} access={secondAccess} named />
            {first ? null : <AccessOrReading view={view} access={secondAccess} caption={`Access of ${second.name}`} />}
          </Box>
        ) : null}
      </Stack>
      {both && firstAccess && secondAccess ? (
        <AccessComparison left={firstAccess} right={secondAccess} leftName={first.name} rightName={second.name} />
      ) : both ? (
        <Typography role="status">{reading(view)}</Typography>
      ) : null}
    </Stack>
  );
}
