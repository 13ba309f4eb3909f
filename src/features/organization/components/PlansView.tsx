// The organization's plans kept in this browser: choose one to review, apply, resume or retry.
import { Box, Button, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { ServerName } from "../../../components/ServerName";
import { canUndo } from "../../../org/plan/inverse";
import { tally } from "../../../org/plan/progress";
import type { StoredPlan } from "../../../org/plan-db";
import type { Plan } from "../../../org/plan/plan";
import type { PlansState } from "../use-plans";
import { PlanReview } from "./PlanReview";
import { SpreadsheetImport } from "./SpreadsheetImport";

function summary({ plan, progress }: StoredPlan, running: boolean): string {
  const when = new Date(plan.createdAt).toLocaleString();
  if (!progress || progress.status === "draft") return `Made ${when} · not applied`;
  const t = tally(plan, progress);
  const state = running
    ? "applying"
    : progress.status === "finished"
      ? "finished"
      : progress.status === "applying"
        ? "interrupted"
        : "stopped";
  return `Made ${when} · ${state} · ${t.byState.succeeded} of ${t.chosen} done`;
}

export interface PlansViewProps {
  plans: PlansState;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Starts an import from a spreadsheet (a new draft plan). */
  onImport: () => void;
  onEditImport: (plan: Plan, text: string, fileName: string | null) => Promise<void>;
  onCopyMembers?: () => void;
}

export function PlansView({ plans, selected, onSelect, onImport, onEditImport, onCopyMembers }: PlansViewProps) {
  const current = plans.plans.find((s) => s.plan.id === selected) ?? plans.plans[0] ?? null;
  // An import whose rows are still being checked is not applied until its plan matches them.
  const [pending, setPending] = useState(false);
  const makers = (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      <Button variant="outlined" onClick={onImport}>
        Import from a spreadsheet…
      </Button>
      {onCopyMembers ? (
        <Button variant="outlined" onClick={onCopyMembers}>
          Copy one iTwin&apos;s members…
        </Button>
      ) : null}
    </Stack>
  );
  if (plans.loaded && plans.plans.length === 0)
    return (
      <Stack spacing={2} sx={{ alignItems: "flex-start" }}>
        <Typography>
          No plans yet. Find a person under People and choose “Offboard” or “Give someone the same access”, import access from a
          spreadsheet, or copy an iTwin&apos;s members.
        </Typography>
        {makers}
      </Stack>
    );
  const started = (s: StoredPlan) => s.progress !== null && s.progress.status !== "draft";
  return (
    <Stack direction={{ xs: "column", md: "row" }} spacing={3} sx={{ alignItems: "flex-start" }}>
      <Stack spacing={1} sx={{ minWidth: 260 }}>
        {makers}
        <List dense aria-label="Plans">
          {plans.plans.map((s) => (
            <ListItem key={s.plan.id} disablePadding>
              <ListItemButton selected={s.plan.id === current?.plan.id} onClick={() => onSelect(s.plan.id)}>
                <ListItemText primary={<ServerName name={s.plan.title} />} secondary={summary(s, plans.running.has(s.plan.id))} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Stack>
      {current ? (
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {current.plan.source ? (
            <SpreadsheetImport
              key={current.plan.id}
              plan={current.plan}
              editable={!started(current) && !plans.running.has(current.plan.id)}
              onEdit={(text, fileName) => onEditImport(current.plan, text, fileName)}
              onPending={setPending}
            />
          ) : null}
          <PlanReview
            plan={current.plan}
            progress={current.progress}
            running={plans.running.has(current.plan.id)}
            error={plans.errors[current.plan.id]}
            checking={pending && current.plan.source !== undefined}
            onChoose={(changeId, chosen) => void plans.choose(current.plan.id, changeId, chosen)}
            onApply={() => void plans.apply(current.plan.id)}
            onRetry={() => void plans.retry(current.plan.id)}
            onDelete={() => void plans.remove(current.plan.id)}
            onUndo={
              canUndo(current.plan, current.progress) ? () => void plans.undo(current.plan.id).then((id) => id && onSelect(id)) : undefined
            }
          />
        </Box>
      ) : null}
    </Stack>
  );
}
