// Bulk role changes in three steps: choose members and roles → a dry run listing every change per member
// (and who is already in the target state) → apply as Access Control jobs, with the job's progress, a
// result per member and retry of the failed actions only. Nothing is shown as saved unless the server
// said so; a reload mid-job comes back to this step and waits for the same job.
import { useMemo, useState } from "react";
import { Alert, Box, Button, LinearProgress, Stack, Step, StepLabel, Stepper, Typography } from "@mui/material";
import type { AccessJobPace } from "../../../api/access-jobs";
import type { Role, UserMember } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { memberOutcome, type MemberOutcome } from "../bulk-job";
import { buildBulkPlan, conflictingRoleIds, planSummary, type PlanEntry } from "../bulk-plan";
import { BulkJobProgress } from "./BulkJobProgress";
import { BulkMemberSelector } from "./BulkMemberSelector";
import { BulkPlanTable } from "./BulkPlanTable";
import { RolesMultiPicker } from "./RolesMultiPicker";
import { INVITE_PERMISSION } from "./SameAccessDialog";
import { pendingOf, resultsOf, useBulkApply } from "./use-bulk-apply";

type Stage = "choose" | "preview" | "apply";
const STEPS: { key: Stage; label: string }[] = [
  { key: "choose", label: "Choose members and roles" },
  { key: "preview", label: "Preview" },
  { key: "apply", label: "Apply" },
];

export interface BulkChangeWizardProps {
  iTwinId: string;
  users: readonly UserMember[];
  roles: readonly Role[];
  canEdit: boolean;
  /** How often a job is polled; tests shorten it. */
  pace?: AccessJobPace;
}

export function BulkChangeWizard({ iTwinId, users, roles, canEdit, pace }: BulkChangeWizardProps) {
  const apply = useBulkApply(iTwinId, pace ? { pace } : {});
  // A change applied before a reload is shown again, from the plan it was applied from.
  const [stage, setStage] = useState<Stage>(() => (apply.record ? "apply" : "choose"));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [plan, setPlan] = useState<PlanEntry[]>(() => apply.record?.plan ?? []);
  const sortedRoles = useMemo(() => [...roles].sort((a, b) => a.displayName.localeCompare(b.displayName)), [roles]);

  const conflicts = conflictingRoleIds({ add, remove });
  const conflictText =
    conflicts.length > 0
      ? `Both added and removed: ${conflicts.map((id) => roles.find((r) => r.id === id)?.displayName ?? id).join(", ")}`
      : undefined;
  const canPreview = selected.size > 0 && add.length + remove.length > 0 && conflicts.length === 0;

  const preview = () => {
    // The plan is a snapshot: later refetches of the member list do not change what will be sent.
    setPlan(
      buildBulkPlan(
        users.filter((u) => selected.has(u.id)),
        { add, remove },
        roles,
      ),
    );
    apply.reset();
    setStage("preview");
  };
  const toSend = useMemo(() => plan.filter((e) => e.state === "change"), [plan]);
  const summary = planSummary(plan);
  const outcomes = useMemo(() => {
    const record = apply.record;
    const results = record ? resultsOf(record) : {};
    const pending = record ? pendingOf(record.state) : new Set<string>();
    const out: Record<string, MemberOutcome> = {};
    for (const e of toSend) {
      const outcome = record?.patched?.[e.member.id] ?? memberOutcome(e, results, pending);
      if (outcome) out[e.member.id] = outcome;
    }
    return out;
  }, [apply.record, toSend]);
  const count = (status: MemberOutcome["status"]) => Object.values(outcomes).filter((o) => o.status === status).length;
  const saved = count("saved");
  const failed = count("failed");
  const unknown = count("unknown");
  const done = saved + failed + unknown;

  const start = (entries: PlanEntry[]) => {
    setStage("apply");
    apply.run(entries);
  };
  const restart = () => {
    setStage("choose");
    setSelected(new Set());
    setAdd([]);
    setRemove([]);
    setPlan([]);
    apply.reset();
  };
  const finishedText = `Finished: ${saved} saved, ${failed} failed${unknown ? `, ${unknown} not confirmed` : ""}`;

  return (
    <Stack spacing={2} data-testid="bulk-wizard">
      <Stepper activeStep={STEPS.findIndex((s) => s.key === stage)} aria-label="Bulk change steps">
        {STEPS.map((s) => (
          <Step key={s.key} completed={STEPS.findIndex((x) => x.key === stage) > STEPS.findIndex((x) => x.key === s.key)}>
            <StepLabel>{s.label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {!canEdit ? (
        <Alert severity="info">
          You can preview bulk changes, but applying them needs the permission <code>{INVITE_PERMISSION}</code> on this iTwin.
        </Alert>
      ) : null}

      {stage === "choose" ? (
        <>
          <Typography variant="subtitle1" component="h2">
            1. Members
          </Typography>
          <BulkMemberSelector users={users} selected={selected} onChange={setSelected} />
          <Typography variant="subtitle1" component="h2">
            2. Roles
          </Typography>
          <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
            <RolesMultiPicker
              id="bulk-add-roles"
              label="Roles to add"
              roles={sortedRoles}
              value={add}
              onChange={setAdd}
              error={conflictText}
            />
            <RolesMultiPicker
              id="bulk-remove-roles"
              label="Roles to remove"
              roles={sortedRoles}
              value={remove}
              onChange={setRemove}
              error={conflictText}
            />
          </Stack>
          <Box>
            <Button variant="contained" onClick={preview} disabled={!canPreview}>
              Preview changes
            </Button>
          </Box>
        </>
      ) : (
        <>
          <Typography variant="body1" data-testid="bulk-summary">
            {summary.change} to change · {summary.unchanged} already in the target state · {summary.blocked} blocked
          </Typography>
          {stage === "apply" ? (
            <Box aria-live="polite">
              <LinearProgress
                variant="determinate"
                value={toSend.length ? (done / toSend.length) * 100 : 100}
                aria-label="Progress of the bulk change"
              />
              <Typography variant="body2" data-testid="bulk-progress" sx={{ mt: 0.5 }}>
                {apply.running ? `Applying… ${done} of ${toSend.length} answered` : finishedText}
              </Typography>
              {apply.record ? <BulkJobProgress state={apply.record.state} progress={apply.progress} /> : null}
            </Box>
          ) : null}
          {apply.error ? (
            // The runner stopped where sending again is safe: Retry carries on with the same job.
            <ApiErrorAlert error={apply.error} action="Applying the bulk change" onRetry={apply.running ? undefined : apply.resume} />
          ) : null}
          <BulkPlanTable plan={plan} results={stage === "apply" ? outcomes : undefined} />
          <Stack direction="row" spacing={1}>
            {stage === "preview" ? (
              <>
                <Button onClick={() => setStage("choose")}>Back</Button>
                <Button variant="contained" onClick={() => start(toSend)} disabled={!canEdit || toSend.length === 0}>
                  Apply {toSend.length} {toSend.length === 1 ? "change" : "changes"}
                </Button>
              </>
            ) : (
              <>
                <Button variant="contained" onClick={apply.retryFailed} disabled={apply.running || failed === 0}>
                  Retry failed ({failed})
                </Button>
                <Button onClick={restart} disabled={apply.running}>
                  New bulk change
                </Button>
              </>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
