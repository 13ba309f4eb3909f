// The organization's plans kept in this browser: choose one to review, apply, resume or retry.
import { Box, Button, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from "@mui/material";
import { ServerName } from "../../../components/ServerName";
import { canUndo } from "../../../org/plan/inverse";
import { tally } from "../../../org/plan/progress";
import type { StoredPlan } from "../../../org/plan-db";
import type { PlansState } from "../use-plans";
import { PlanReview } from "./PlanReview";

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

export function PlansView({
  plans,
  selected,
  onSelect,
  onCopyMembers,
}: {
  plans: PlansState;
  selected: string | null;
  onSelect: (id: string) => void;
  onCopyMembers?: () => void;
}) {
  const current = plans.plans.find((s) => s.plan.id === selected) ?? plans.plans[0] ?? null;
  const copy = onCopyMembers ? (
    <Button size="small" variant="outlined" onClick={onCopyMembers} sx={{ alignSelf: "flex-start" }}>
      Copy one iTwin&apos;s members…
    </Button>
  ) : null;
  if (plans.loaded && plans.plans.length === 0)
    return (
      <Stack spacing={1}>
        <Typography>
          No plans yet. Find a person under People and choose “Offboard” or “Give someone the same access”, or copy an iTwin&apos;s members.
        </Typography>
        {copy}
      </Stack>
    );
  return (
    <Stack direction={{ xs: "column", md: "row" }} spacing={3} sx={{ alignItems: "flex-start" }}>
      <Stack spacing={1} sx={{ minWidth: 260 }}>
        {copy}
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
          <PlanReview
            plan={current.plan}
            progress={current.progress}
            running={plans.running.has(current.plan.id)}
            error={plans.errors[current.plan.id]}
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
