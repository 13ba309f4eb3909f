// Changing what an open review's hints judge by (the e-mail domains, the owner limit): its hints are
// worked out again on every line, its decisions stay as they are. What is typed is kept in
// sessionStorage until saved or cancelled, so a reload mid-dialog loses nothing.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import type { Campaign } from "../../../../org/review/campaign";
import { readReviewSession, writeReviewSession } from "../../../../org/review-session";
import { HintSettingsFields, parseDomains, parseMaxOwners } from "./HintSettingsFields";

interface Draft {
  domains: string;
  maxOwners: string;
}

const draftKey = (campaignId: string) => `settings:${campaignId}`;

function readDraft(campaignId: string): Draft | null {
  const v = readReviewSession(draftKey(campaignId)) as Partial<Draft> | null;
  return v && typeof v.domains === "string" && typeof v.maxOwners === "string" ? { domains: v.domains, maxOwners: v.maxOwners } : null;
}

const draftOf = (campaign: Campaign): Draft => ({ domains: campaign.domains.join(", "), maxOwners: String(campaign.maxOwners) });

export function HintSettingsButton({
  campaign,
  disabled,
  onSave,
}: {
  campaign: Campaign;
  disabled?: boolean;
  onSave: (settings: { domains: string[]; maxOwners: number }) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft | null>(() => readDraft(campaign.id));
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(readDraft(campaign.id)), [campaign.id]);
  useEffect(() => writeReviewSession(draftKey(campaign.id), draft), [campaign.id, draft]);
  const maxOwners = draft ? parseMaxOwners(draft.maxOwners) : null;
  const save = async () => {
    if (!draft || maxOwners === null) return;
    setSaving(true);
    try {
      await onSave({ domains: parseDomains(draft.domains), maxOwners });
      setDraft(null);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" disabled={disabled} onClick={() => setDraft(draftOf(campaign))}>
        Change hint settings
      </Button>
      <Dialog open={draft !== null} onClose={() => setDraft(null)} aria-labelledby="hint-settings-title" fullWidth maxWidth="sm">
        <DialogTitle id="hint-settings-title">Hint settings</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {draft ? (
              <HintSettingsFields domains={draft.domains} maxOwners={draft.maxOwners} onChange={(p) => setDraft({ ...draft, ...p })} />
            ) : null}
            <Typography variant="body2">
              Every line&apos;s hints are worked out again from the snapshot; decisions and notes stay as they are.
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDraft(null)}>Cancel</Button>
          <Button variant="contained" onClick={() => void save()} disabled={maxOwners === null || saving}>
            Save settings
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
