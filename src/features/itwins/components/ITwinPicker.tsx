// The app bar's iTwin picker: type to search every iTwin you belong to, recent ones offered first, or
// paste an iTwin id to open it directly. Choosing keeps you on the same section (roles, members…).
import { useDeferredValue, useMemo, useState } from "react";
import { Autocomplete, CircularProgress, TextField } from "@mui/material";
import { useNavigate } from "react-router-dom";
import type { ITwin } from "../../../api/wire";
import { routes, type ITwinSection } from "../../../lib/routes";
import { useSearchITwins } from "../api/search-itwins";
import { useRecentITwins } from "../api/recent-itwins";
import { useITwin } from "../api/get-itwin";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Option = { iTwin: ITwin; group: "Recent" | "All iTwins" | "Open by id" };

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
  const wanted = opened || searching;
  const search = useSearchITwins(searching ? text : "", wanted);
  const recents = useRecentITwins(wanted);
  const current = useITwin(currentId ?? "");

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
    offer(search.data, "All iTwins");
    return out;
  }, [text, searching, recents.data, search.data]);

  // Memoized: a new value object on every keystroke makes the Autocomplete reset what is being typed
  // back to the current iTwin's name.
  const value = useMemo<Option | null>(
    () => (currentId && current.data ? { iTwin: current.data, group: "Recent" } : null),
    [currentId, current.data],
  );

  return (
    <Autocomplete<Option, false, false, false>
      sx={{ width: { xs: 220, md: 360 } }}
      size="small"
      options={options}
      value={value}
      groupBy={(o) => o.group}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.iTwin.displayName}
      getOptionKey={(o) => `${o.group}-${o.iTwin.id}`}
      isOptionEqualToValue={(a, b) => a.iTwin.id === b.iTwin.id}
      loading={search.isFetching || recents.isLoading}
      onOpen={() => setOpened(true)}
      onInputChange={(_e, v, reason) => {
        if (reason !== "reset") setInput(v);
      }}
      onChange={(_e, o) => {
        if (o) {
          setInput("");
          onChoose?.(o.iTwin.id);
          navigate(routes[section].to({ iTwinId: o.iTwin.id }));
        }
      }}
      noOptionsText={searching ? "No iTwin matches. Paste an iTwin id to open it directly." : "Type to search your iTwins"}
      renderOption={(props, o) => (
        <li {...props} key={`${o.group}-${o.iTwin.id}`}>
          <span>
            {o.iTwin.displayName}
            {o.iTwin.number ? <small style={{ opacity: 0.7 }}> · {o.iTwin.number}</small> : null}
          </span>
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
  );
}
