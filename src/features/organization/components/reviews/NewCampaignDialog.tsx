// A new access review: its name, which iTwins it covers (all, chosen ones, or those whose name
// contains a text), and what its hints judge by: the organization's e-mail domains (proposed from the
// people the index knows) and the owner limit. What is typed is kept in sessionStorage, so a reload
// mid-dialog loses nothing.
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useMemo, useState } from "react";
import { plural } from "../../../../lib/plural";
import { hasFacts, type ITwinSummary } from "../../../../org/itwin-summary";
import type { ReviewScope } from "../../../../org/review/campaign";
import { DEFAULT_MAX_OWNERS, inScope } from "../../../../org/review/create";
import { readReviewSession, writeReviewSession } from "../../../../org/review-session";
import { HintSettingsFields, parseDomains, parseMaxOwners } from "./HintSettingsFields";

export type ScopeKind = "all" | "itwins" | "name";

export interface CampaignDraft {
  name: string;
  scope: ScopeKind;
  chosen: string[];
  text: string;
  /** As typed, comma- or space-separated; null while the proposed domains are untouched. */
  domains: string | null;
  maxOwners: string;
}

const DRAFT = "draft";

function readDraft(): CampaignDraft {
  const empty = emptyDraft();
  const v = readReviewSession(DRAFT) as Partial<CampaignDraft> | null;
  if (!v || typeof v !== "object") return empty;
  return {
    name: typeof v.name === "string" ? v.name : "",
    scope: v.scope === "itwins" || v.scope === "name" ? v.scope : "all",
    chosen: Array.isArray(v.chosen) ? v.chosen.filter((x): x is string => typeof x === "string") : [],
    text: typeof v.text === "string" ? v.text : "",
    domains: typeof v.domains === "string" ? v.domains : null,
    maxOwners: typeof v.maxOwners === "string" ? v.maxOwners : empty.maxOwners,
  };
}

const emptyDraft = (): CampaignDraft => ({
  name: "",
  scope: "all",
  chosen: [],
  text: "",
  domains: null,
  maxOwners: String(DEFAULT_MAX_OWNERS),
});

export interface CampaignRequest {
  name: string;
  scope: ReviewScope;
  iTwinIds: string[];
  domains: string[];
  maxOwners: number;
}

export function defaultCampaignName(now = new Date()): string {
  return `Access review ${now.toISOString().slice(0, 10)}`;
}

/** The scope as the campaign keeps it, or null while it names nothing yet. */
export function scopeOf(draft: Pick<CampaignDraft, "scope" | "chosen" | "text">): ReviewScope | null {
  if (draft.scope === "itwins") return draft.chosen.length ? { kind: "itwins", ids: draft.chosen } : null;
  if (draft.scope === "name") return draft.text.trim() ? { kind: "name", text: draft.text.trim() } : null;
  return { kind: "all" };
}

/** The iTwins of the index a scope names (those without access cannot be reviewed). */
export function scopedITwins(itwins: readonly ITwinSummary[], scope: ReviewScope | null): ITwinSummary[] {
  if (!scope) return [];
  const wanted = inScope(scope);
  return itwins.filter((t) => t.state !== "noAccess" && wanted(t));
}

export function NewCampaignDialog({
  open,
  itwins,
  suggestedDomains,
  onCancel,
  onStart,
}: {
  open: boolean;
  itwins: readonly ITwinSummary[];
  /** The domains most people of the organization share. */
  suggestedDomains: readonly string[];
  onCancel: () => void;
  onStart: (request: CampaignRequest) => void;
}) {
  const [draft, setDraft] = useState<CampaignDraft>(readDraft);
  useEffect(() => {
    writeReviewSession(DRAFT, draft);
  }, [draft]);
  const scope = useMemo(() => scopeOf(draft), [draft]);
  const scoped = useMemo(() => scopedITwins(itwins, scope), [itwins, scope]);
  const unread = scoped.filter((t) => !hasFacts(t)).length;
  const byId = useMemo(() => new Map(itwins.map((t) => [t.id, t])), [itwins]);
  const patch = (p: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...p }));
  const name = draft.name.trim() || defaultCampaignName();
  const domainsText = draft.domains ?? suggestedDomains.join(", ");
  const maxOwners = parseMaxOwners(draft.maxOwners);
  const start = () => {
    if (!scope || maxOwners === null) return;
    writeReviewSession(DRAFT, null);
    onStart({ name, scope, iTwinIds: scoped.map((t) => t.id), domains: parseDomains(domainsText), maxOwners });
    setDraft(emptyDraft());
  };

  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="new-review-title" fullWidth maxWidth="sm">
      <DialogTitle id="new-review-title">Start an access review</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="Review name"
            value={draft.name}
            placeholder={defaultCampaignName()}
            onChange={(e) => patch({ name: e.target.value })}
            autoFocus
          />
          <FormControl>
            <FormLabel id="review-scope-label">iTwins to review</FormLabel>
            <RadioGroup
              aria-labelledby="review-scope-label"
              value={draft.scope}
              onChange={(e) => patch({ scope: e.target.value as ScopeKind })}
            >
              <FormControlLabel value="all" control={<Radio />} label="Every iTwin of the organization" />
              <FormControlLabel value="itwins" control={<Radio />} label="Chosen iTwins" />
              <FormControlLabel value="name" control={<Radio />} label="iTwins whose name contains…" />
            </RadioGroup>
          </FormControl>
          {draft.scope === "itwins" ? (
            <Autocomplete
              multiple
              options={itwins.filter((t) => t.state !== "noAccess").map((t) => t.id)}
              value={draft.chosen}
              onChange={(_e, chosen) => patch({ chosen })}
              getOptionLabel={(id) => byId.get(id)?.displayName ?? id}
              renderInput={(params) => <TextField {...params} label="iTwins" />}
            />
          ) : null}
          {draft.scope === "name" ? (
            <TextField
              label="Part of the name"
              helperText="Any case, e.g. “Bridge”"
              value={draft.text}
              onChange={(e) => patch({ text: e.target.value })}
            />
          ) : null}
          <HintSettingsFields domains={domainsText} maxOwners={draft.maxOwners} onChange={patch} />
          <Typography role="status" data-testid="review-scope-count">
            {plural(scoped.length, "iTwin")} in scope
            {unread ? ` (${plural(unread, "iTwin")} not indexed yet: read when the review starts)` : ""}. Their access is read again when
            the review starts, so it reviews what the server holds now.
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={start} disabled={scoped.length === 0 || maxOwners === null}>
          Start review
        </Button>
      </DialogActions>
    </Dialog>
  );
}
