// The app bar's iTwin picker: type to search every iTwin you belong to (or, for an organization
// administrator who chose it, every iTwin of the organization), recent ones offered first, or paste an
// iTwin id to open it directly. Choosing keeps you on the same section (roles, members…).
import { useDeferredValue, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Autocomplete, Box, CircularProgress, ListSubheader, TextField } from "@mui/material";
import { isApiError } from "../../../api/api-error";
import { useNavigate } from "react-router-dom";
import type { ITwin } from "../../../api/wire";
import { routes, type ITwinSection } from "../../../lib/routes";
import { useSearchITwins } from "../api/search-itwins";
import { useRecentITwins } from "../api/recent-itwins";
import { useITwin } from "../api/get-itwin";
import { useOrgAdmin } from "../../../api/queries/org-admin";
import { SCOPE_LABELS, useITwinScope } from "../itwin-scope";
import { ITwinScopeSelect } from "./ITwinScopeSelect";
import { ServerName } from "../../../components/ServerName";
import { hiddenCharacters, revealHidden } from "../../../lib/server-text";
import { createExternalStore, type ReadableStore } from "../../../lib/external-store";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Option = { iTwin: ITwin; group: "Recent" | "Open by id" | (typeof SCOPE_LABELS)[keyof typeof SCOPE_LABELS] };
const keyOf = (o: Option) => `${o.group}-${o.iTwin.id}`;

export function ITwinPicker({
  currentId,
  section,
  onChoose,
}: {
  currentId?: string;
  section: ITwinSection;
  /** Told the chosen iTwin's id before the console goes there (to start loading its page). */
  onChoose?: (iTwinId: string) => void;
}) {
  const navigate = useNavigate();
  const [input, setInput] = useState("");
  const text = useDeferredValue(input);
  const searching = text.trim().length > 0 && !GUID.test(text.trim());
  // The lists are fetched when the picker is first opened or typed in, not for the first screen.
  const [opened, setOpened] = useState(false);
  // The option reached with the arrow keys (focus itself stays in the text field): its full name shows in
  // a tooltip when the list cuts it, as it does under the pointer. Kept outside React state: re-rendering the
  // Autocomplete while it moves its highlight makes it drop the highlight.
  const [highlighted] = useState(() => createExternalStore<string | null>(null));
  const wanted = opened || searching;
  const orgAdmin = useOrgAdmin();
  const chosenScope = useITwinScope();
  // A choice kept from before is void once the server has said the caller is no organization administrator.
  const scope = orgAdmin === "no" ? "mine" : chosenScope;
  const search = useSearchITwins(searching ? text : "", scope, wanted);
  const recents = useRecentITwins(wanted);
  const current = useITwin(currentId ?? "", Boolean(currentId));
  const group = SCOPE_LABELS[scope];

  const options = useMemo<Option[]>(() => {
    const trimmed = text.trim();
    if (GUID.test(trimmed)) return [{ iTwin: { id: trimmed, displayName: `Open iTwin ${trimmed}` }, group: "Open by id" }];
    const seen = new Set<string>();
    const out: Option[] = [];
    const offer = (list: readonly ITwin[] | undefined, group: Option["group"]) => {
      for (const t of list ?? []) {
        if (seen.has(t.id)) continue;
        seen.add(t.id);
        out.push({ iTwin: t, group });
      }
    };
    if (!searching) offer(recents.data, "Recent");
    offer(search.data, group);
    return out;
  }, [text, searching, recents.data, search.data, group]);

  // Kept the same object while it names the same iTwin: a new value object (e.g. when search results
  // arrive as one types) makes the Autocomplete reset what is being typed back to the current name.
  // An iTwin the caller administers without being a member has no details to show: its id stands in.
  const known = currentId ? (current.data ?? search.data?.find((t) => t.id === currentId)) : undefined;
  const next: Option | null = !currentId
    ? null
    : known
      ? { iTwin: known, group: "Recent" }
      : current.isError
        ? { iTwin: { id: currentId, displayName: `iTwin ${currentId}` }, group: "Recent" }
        : null;
  const held = useRef<Option | null>(null);
  if (next?.iTwin.id !== held.current?.iTwin.id || next?.iTwin.displayName !== held.current?.iTwin.displayName) held.current = next;
  const value = held.current;

  const refusal =
    scope === "organization" && search.isError
      ? `The organization's iTwins could not be listed${isApiError(search.error) && search.error.status === 403 ? ": only organization administrators may list them" : ""} (${search.error.message}).`
      : null;
  const nothing = searching
    ? "No iTwin matches. Paste an iTwin id to open it directly."
    : scope === "mine"
      ? "You are a member of no iTwin. Type to search, or paste an iTwin id."
      : "Type to search the organization's iTwins";

  return (
    <Box sx={{ display: "flex", gap: 1, alignItems: "center" }}>
      {orgAdmin === "yes" || orgAdmin === "unknown" ? <ITwinScopeSelect scope={scope} orgAdmin={orgAdmin} /> : null}
      <Autocomplete<Option, false, false, false>
        sx={{ width: { xs: 220, md: 360 } }}
        size="small"
        options={options}
        value={value}
        groupBy={(o) => o.group}
        // Each group is an ARIA group named by its heading, so the listbox holds only groups and options.
        renderGroup={(group) => (
          <li key={group.key} role="group" aria-labelledby={`itwin-group-${group.key}`}>
            <ListSubheader id={`itwin-group-${group.key}`} component="div">
              {group.group}
            </ListSubheader>
            <Box component="ul" role="presentation" sx={{ p: 0 }}>
              {group.children}
            </Box>
          </li>
        )}
        filterOptions={(x) => x}
        // The chosen name sits in a text field, where no <bdi> can isolate it: its hidden characters are shown as codes.
        getOptionLabel={(o) => revealHidden(o.iTwin.displayName)}
        getOptionKey={keyOf}
        isOptionEqualToValue={(a, b) => a.iTwin.id === b.iTwin.id}
        loading={search.isFetching || recents.isLoading}
        onOpen={() => setOpened(true)}
        onClose={() => highlighted.set(null)}
        onHighlightChange={(_e, o, reason) => highlighted.set(o && reason === "keyboard" ? keyOf(o) : null)}
        onInputChange={(_e, v, reason) => {
          // The list moves its highlight for what is typed without saying so: no tooltip may outlive it.
          highlighted.set(null);
          if (reason !== "reset") setInput(v);
        }}
        onChange={(_e, o) => {
          if (o) {
            setInput("");
            onChoose?.(o.iTwin.id);
            navigate(routes[section].to({ iTwinId: o.iTwin.id }));
          }
        }}
        noOptionsText={refusal ?? nothing}
        renderOption={(props, o) => (
          <li {...props} key={keyOf(o)}>
            <OptionName iTwin={o.iTwin} optionKey={keyOf(o)} highlighted={highlighted} />
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label="iTwin"
            placeholder="Search iTwins or paste an id"
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                endAdornment: (
                  <>
                    {search.isFetching ? <CircularProgress color="inherit" size={16} /> : null}
                    {params.slotProps.input.endAdornment}
                  </>
                ),
              },
            }}
          />
        )}
      />
    </Box>
  );
}

/**
 * An option's name, at most two lines so a 300-character one cannot fill the list, whole in a tooltip
 * under the pointer or once reached with the arrow keys. A name with hidden characters keeps its flag in view, since the
 * characters' codes may lie in the part that is cut.
 */
function OptionName({ iTwin, optionKey, highlighted }: { iTwin: ITwin; optionKey: string; highlighted: ReadableStore<string | null> }) {
  // Only the options whose highlight changes render again.
  const reached = useSyncExternalStore(highlighted.subscribe, () => highlighted.getSnapshot() === optionKey);
  const [hovered, setHovered] = useState(false);
  const hidden = hiddenCharacters(iTwin.displayName);
  return (
    <Box
      sx={{ display: "flex", alignItems: "flex-start", gap: 0.5, minWidth: 0 }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <Box sx={{ minWidth: 0 }}>
        <ServerName name={iTwin.displayName} lines={2} open={reached || hovered} />
        {iTwin.number ? <small style={{ opacity: 0.7 }}>{iTwin.number}</small> : null}
      </Box>
      {hidden.length > 0 ? (
        // The name's own label already says it holds hidden characters: this is for the eye only.
        <Box
          component="span"
          aria-hidden="true"
          data-testid="hidden-characters-flag"
          sx={{ flexShrink: 0, px: 0.5, borderRadius: 0.5, fontSize: "0.75em", bgcolor: "warning.main", color: "warning.contrastText" }}
        >
          ⚠ {hidden.join(" ")}
        </Box>
      ) : null}
    </Box>
  );
}
