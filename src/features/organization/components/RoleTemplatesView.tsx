// Role templates: choose the reference roles (one iTwin's, or the Account iTwin's) and the target iTwins,
// see where each target's roles drift from them, download the drift report, and make a plan that brings
// the chosen targets in line (reviewed and applied under Plans).
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  createFilterOptions,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useDeferredValue, useMemo, useState } from "react";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { hasFacts, type OrgIndex } from "../../../org/index-queries";
import { plural } from "../../../lib/plural";
import { revealHidden, safeName } from "../../../lib/server-text";
import {
  DRIFT_HEADER,
  driftRows,
  roleDrift,
  targetsOf,
  templateOf,
  type RoleTemplate,
  type TargetDrift,
} from "../../../org/plan/role-drift";
import type { TemplateChoice } from "../../../org/plan/template-choice";
import type { OrgOwner, OrgView } from "../use-org-index";
import { useTemplateChoice } from "../use-template-choice";
import { DriftTable } from "./DriftTable";

interface Option {
  key: string;
  label: string;
  source: NonNullable<TemplateChoice["source"]>;
}

/** Options listed at most while typing: the rest are a few more letters away. */
const listed = createFilterOptions<Option>({ limit: 100 });
const listedITwins = createFilterOptions<{ id: string; displayName: string }>({ limit: 100, stringify: (t) => t.displayName });

const keyOf = (source: TemplateChoice["source"]) => (!source ? null : source.kind === "account" ? "account" : source.iTwinId);

function referenceOptions(index: OrgIndex): Option[] {
  const account = index.account
    ? [{ key: "account", label: `Account iTwin: ${safeName(index.account.displayName)}`, source: { kind: "account" as const } }]
    : [];
  return [
    ...account,
    ...index.itwins
      .filter(hasFacts)
      .map((t) => ({ key: t.id, label: revealHidden(t.displayName), source: { kind: "itwin" as const, iTwinId: t.id } })),
  ];
}

export interface RoleTemplatesViewProps {
  view: OrgView;
  owner: OrgOwner;
  /** Makes the plan for these targets and opens it; resolves once it is stored. `unread` are targets the index lacks. */
  onBringInLine: (template: RoleTemplate, targets: TargetDrift[], unread: { id: string; name: string }[]) => Promise<void>;
}

export function RoleTemplatesView({ view, owner, onBringInLine }: RoleTemplatesViewProps) {
  const [choice, setChoice] = useTemplateChoice(owner);
  const [making, setMaking] = useState(false);
  const index = view.full;
  const options = useMemo(() => (index ? referenceOptions(index) : []), [index]);
  const template = useMemo(() => (index && choice.source ? templateOf(index, choice.source) : null), [index, choice.source]);
  const targetChoice = useDeferredValue(choice.targets);
  const report = useMemo(
    () => (index && template ? roleDrift(template, targetsOf(index.itwins, targetChoice, template.iTwinId)) : null),
    [index, template, targetChoice],
  );
  const leftOut = useMemo(() => new Set(choice.leftOut), [choice.leftOut]);
  const included = report?.drifted.filter((t) => !leftOut.has(t.iTwinId)) ?? [];
  const itwins = useMemo(() => index?.itwins.map((t) => ({ id: t.id, displayName: t.displayName })) ?? [], [index]);
  const chosen = useMemo(() => {
    const ids = new Set(choice.targets.mode === "chosen" ? choice.targets.ids : []);
    return itwins.filter((t) => ids.has(t.id));
  }, [itwins, choice.targets]);

  if (!index) return <Typography role="status">{`Reading the index: ${view.parsed} of ${view.itwins.length} iTwins…`}</Typography>;

  const setTargets = (targets: TemplateChoice["targets"]) => setChoice((c) => ({ ...c, targets }));
  const bringInLine = async () => {
    if (!template || !report || included.length === 0) return;
    setMaking(true);
    try {
      await onBringInLine(
        template,
        included,
        report.notCompared.map((t) => ({ id: t.iTwinId, name: t.iTwinName })),
      );
    } finally {
      setMaking(false);
    }
  };
  const extraRoles = included.reduce((n, t) => n + t.differences.filter((d) => d.kind === "extra").length, 0);

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={3} sx={{ alignItems: { md: "flex-start" } }}>
        <Autocomplete
          sx={{ minWidth: 320 }}
          size="small"
          options={options}
          filterOptions={listed}
          getOptionKey={(o) => o.key}
          getOptionLabel={(o) => o.label}
          isOptionEqualToValue={(a, b) => a.key === b.key}
          value={options.find((o) => o.key === keyOf(choice.source)) ?? null}
          onChange={(_e, o) => setChoice((c) => ({ ...c, source: o?.source ?? null, leftOut: [] }))}
          renderInput={(params) => <TextField {...params} label="Reference roles" />}
        />
        <FormControl>
          <FormLabel id="drift-targets">Target iTwins</FormLabel>
          <RadioGroup
            row
            aria-labelledby="drift-targets"
            value={choice.targets.mode}
            onChange={(e) => {
              const mode = e.target.value as TemplateChoice["targets"]["mode"];
              setTargets(mode === "all" ? { mode } : mode === "chosen" ? { mode, ids: [] } : { mode, text: "" });
            }}
          >
            <FormControlLabel value="all" control={<Radio />} label="All" />
            <FormControlLabel value="chosen" control={<Radio />} label="Chosen" />
            <FormControlLabel value="named" control={<Radio />} label="Name contains" />
          </RadioGroup>
          {choice.targets.mode === "chosen" ? (
            <Autocomplete
              multiple
              size="small"
              sx={{ minWidth: 320, mt: 1 }}
              options={itwins}
              filterOptions={listedITwins}
              getOptionKey={(t) => t.id}
              getOptionLabel={(t) => revealHidden(t.displayName)}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              value={chosen}
              onChange={(_e, list) => setTargets({ mode: "chosen", ids: list.map((t) => t.id) })}
              renderInput={(params) => <TextField {...params} label="Chosen iTwins" />}
            />
          ) : null}
          {choice.targets.mode === "named" ? (
            <TextField
              size="small"
              sx={{ minWidth: 320, mt: 1 }}
              label="iTwin name contains"
              value={choice.targets.text}
              onChange={(e) => setTargets({ mode: "named", text: e.target.value })}
            />
          ) : null}
        </FormControl>
      </Stack>

      {!choice.source ? <Typography>Choose the reference roles: one iTwin's, or the Account iTwin's.</Typography> : null}
      {choice.source && !template ? (
        <Alert severity="warning">The reference's roles are not in the index (not read yet, or no access). Choose another reference.</Alert>
      ) : null}
      {template?.duplicateNames.length ? (
        <Alert severity="info">
          The reference has more than one role named {template.duplicateNames.join(", ")}: only the first of each is the template.
        </Alert>
      ) : null}

      {report && template ? (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <Typography role="status" data-testid="drift-summary">
              {plural(report.drifted.length, "iTwin")} of {report.compared} {report.drifted.length === 1 ? "differs" : "differ"} from the{" "}
              {plural(template.roles.length, "role")} of <ServerName name={template.name} />
              {report.notCompared.length ? `; ${plural(report.notCompared.length, "iTwin")} not read yet or without access` : ""}
            </Typography>
            <ExportButtons basename="role-drift" header={DRIFT_HEADER} rows={() => driftRows(report)} what="drift report" />
          </Stack>
          {report.drifted.length === 0 ? (
            <Alert severity="success" data-testid="drift-empty">
              {report.compared === 0 && report.notCompared.length === 0 ? (
                "No iTwin besides the reference matches the targets chosen: choose other targets."
              ) : report.compared === 0 ? (
                "None of the target iTwins has been read yet: wait for the index, or choose other targets."
              ) : (
                <>
                  {report.compared === 1 ? "The target iTwin is" : `All ${plural(report.compared, "target iTwin")} are`} in line with the
                  roles of <ServerName name={template.name} />.
                </>
              )}
            </Alert>
          ) : (
            <>
              <Box>
                <Button variant="contained" disabled={making || included.length === 0} onClick={() => void bringInLine()}>
                  Bring {plural(included.length, "iTwin")} in line…
                </Button>
                <Typography variant="body2" sx={{ mt: 1 }}>
                  The plan creates missing roles and sets the permissions of differing ones to the reference's.
                  {extraRoles
                    ? ` Its ${plural(extraRoles, "extra role")} ${extraRoles === 1 ? "is" : "are"} listed unticked: deleting one takes its permissions from every member holding it.`
                    : ""}
                </Typography>
              </Box>
              <DriftTable
                drifted={report.drifted}
                leftOut={leftOut}
                onInclude={(id, include) =>
                  setChoice((c) => ({ ...c, leftOut: include ? c.leftOut.filter((x) => x !== id) : [...new Set([...c.leftOut, id])] }))
                }
              />
            </>
          )}
        </>
      ) : null}
    </Stack>
  );
}
