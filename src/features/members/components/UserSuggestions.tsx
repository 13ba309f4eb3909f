// Colleagues suggested while an address is typed into "Add users": the organization's people whose name
// or e-mail matches the word being typed (searchUsers). Picking one puts their address in the box. A
// failed search only says so: the box works without suggestions.
import { Box, Button, CircularProgress, Typography } from "@mui/material";
import type { UserSummary } from "../../../api/wire";
import { ServerName } from "../../../components/ServerName";
import { revealHidden } from "../../../lib/server-text";
import { useUserSearch } from "../api/search-users";
import { searchableWord } from "../email-draft";
import { useDebouncedValue } from "./use-debounced-value";

const SHOWN = 8;

const nameOf = (u: UserSummary) => [u.givenName, u.surname].filter(Boolean).join(" ") || (u.email ?? u.id);

export function UserSuggestions(props: { word: string; chosen: ReadonlySet<string>; onPick: (email: string) => void }) {
  const { word, chosen, onPick } = props;
  const text = useDebouncedValue(searchableWord(word), 250);
  const search = useUserSearch(text);
  // Nothing to suggest for a word that is already a complete address in the box.
  if (text === undefined || searchableWord(word) === undefined || chosen.has(word.trim().toLowerCase())) return null;

  const found = (search.data ?? []).filter(
    (u): u is UserSummary & { email: string } => Boolean(u.email) && !chosen.has(u.email!.toLowerCase()),
  );
  return (
    <Box component="section" aria-labelledby="user-suggestions-title" data-testid="user-suggestions">
      <Typography id="user-suggestions-title" variant="subtitle2" component="h3">
        Colleagues matching “{text}”
      </Typography>
      {search.isFetching && found.length === 0 ? (
        <Box role="status" sx={{ display: "flex", gap: 1, alignItems: "center" }}>
          <CircularProgress size={14} /> Searching your organization…
        </Box>
      ) : search.isError ? (
        <Typography variant="body2" color="text.secondary" role="status">
          Colleagues could not be searched ({search.error.message}); type the full address instead.
        </Typography>
      ) : found.length === 0 ? (
        <Typography variant="body2" color="text.secondary" role="status">
          Nobody in your organization matches. People outside it are added by typing their full address (they are invited).
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label="Suggested colleagues"
          sx={{ listStyle: "none", m: 0, p: 0, display: "flex", flexWrap: "wrap", gap: 1 }}
        >
          {found.slice(0, SHOWN).map((u) => (
            <li key={u.id}>
              <Button
                size="small"
                variant="outlined"
                onClick={() => onPick(u.email)}
                aria-label={`Add ${revealHidden(nameOf(u))} (${revealHidden(u.email)})`}
              >
                <ServerName name={nameOf(u)} />
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                  {u.email}
                </Typography>
              </Button>
            </li>
          ))}
          {found.length > SHOWN ? (
            <Typography component="li" variant="body2" color="text.secondary" sx={{ alignSelf: "center" }}>
              and {found.length - SHOWN} more: type more of the name.
            </Typography>
          ) : null}
        </Box>
      )}
    </Box>
  );
}
