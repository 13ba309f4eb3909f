// Bulk role changes in three steps: choose members and roles → a dry run listing every change per member
// (and who is already in the target state) → apply, paced, with a result per member and retry of the
// failures only. Nothing is shown as saved unless the server answered so.
import { useMemo, useState } from "react";
import { Alert, Box, Button, LinearProgress, Stack, Step, StepLabel, Stepper, Typography } from "@mui/material";
import type { Role, UserMember } from "../../../api/wire";
import { buildBulkPlan, conflictingRoleIds, planSummary, type PlanEntry } from "../bulk-plan";
import { BulkMemberSelector } from "./BulkMemberSelector";
import { BulkPlanTable } from "./BulkPlanTable";
import { RolesMultiPicker } from "./RolesMultiPicker";
import { INVITE_PERMISSION } from "./SameAccessDialog";
import { useBulkApply } from "./use-bulk-apply";

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
}

export function BulkChangeWizard({ iTwinId, users, roles, canEdit }: BulkChangeWizardProps) {
  const [stage, setStage] = useState<Stage>("choose");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [plan, setPlan] = useState<PlanEntry[]>([]);
  const apply = useBulkApply(iTwinId);
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
  const toSend = plan.filter((e) => e.state === "change");
  const summary = planSummary(plan);
  const sent = toSend.map((e) => apply.results[e.member.id]);
  const done = sent.filter((r) => r?.status === "saved" || r?.status === "failed").length;
  const saved = sent.filter((r) => r?.status === "saved").length;
  const failed = toSend.filter((e) => apply.results[e.member.id]?.status === "failed");

  const start = (entries: PlanEntry[]) => {
    setStage("apply");
    void apply.run(entries);
  };
  const restart = () => {
    setStage("choose");
    setSelected(new Set());
    setAdd([]);
    setRemove([]);
    setPlan([]);
    apply.reset();
  };

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
                {apply.running ? `Applying… ${done} of ${toSend.length} answered` : `Finished: ${saved} saved, ${failed.length} failed`}
              </Typography>
            </Box>
          ) : null}
          <BulkPlanTable plan={plan} results={stage === "apply" ? apply.results : undefined} />
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
                <Button variant="contained" onClick={() => start(failed)} disabled={apply.running || failed.length === 0}>
                  Retry failed ({failed.length})
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
