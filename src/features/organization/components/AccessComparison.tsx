// Two people side by side, iTwin by iTwin: rows where they differ are marked (not by colour alone) and
// what only one of them holds is named; "only differences" hides the rest. Exported as shown.
import {
  Box,
  Chip,
  FormControlLabel,
  Link,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useMemo, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { routes } from "../../../lib/routes";
import { compareAccess, type AccessComparisonRow, type AccessSide } from "../../../org/compare-access";
import type { ITwinAccess } from "../../../org/index-queries";
import { pluralNoun } from "../../../lib/plural";

function SideCell({ side, only, permissionsOnly }: { side: AccessSide; only: string[]; permissionsOnly: string[] }) {
  if (side.grants.length === 0) return <Typography variant="body2">No access</Typography>;
  const unique = new Set(only);
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }} useFlexGap>
        {side.grants.map((g) => (
          <Chip
            key={g}
            size="small"
            label={unique.has(g) ? `${g} · only here` : g}
            color={unique.has(g) ? "warning" : "default"}
            variant={unique.has(g) ? "filled" : "outlined"}
          />
        ))}
      </Stack>
      {permissionsOnly.length ? (
        <Typography variant="body2">
          Only this person: {permissionsOnly.length} permission{permissionsOnly.length === 1 ? "" : "s"} ({permissionsOnly.join(", ")})
        </Typography>
      ) : null}
    </Stack>
  );
}

const sideText = (side: AccessSide) => (side.grants.length ? side.grants.join("; ") : "No access");

export function AccessComparison({
  left,
  right,
  leftName,
  rightName,
}: {
  left: ITwinAccess[];
  right: ITwinAccess[];
  leftName: string;
  rightName: string;
}) {
  const rows = useMemo(() => compareAccess(left, right), [left, right]);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const shown = onlyDifferences ? rows.filter((r) => r.differs) : rows;
  const differing = rows.filter((r) => r.differs).length;
  const header = ["iTwin", "iTwinId", leftName, rightName, "Differs", `Only ${leftName}`, `Only ${rightName}`];
  const cells = (r: AccessComparisonRow) => [
    r.iTwinName,
    r.iTwinId,
    sideText(r.left),
    sideText(r.right),
    r.differs ? "yes" : "no",
    [...r.onlyLeft, ...r.permissionsOnlyLeft].join("; "),
    [...r.onlyRight, ...r.permissionsOnlyRight].join("; "),
  ];
  const caption = `Comparison of ${leftName} and ${rightName}`;
  return (
    <Box component="section" aria-label={caption}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
        <Typography role="status" data-testid="comparison-summary">
          {differing === 0
            ? "Same access on every iTwin"
            : `They differ on ${differing} of ${rows.length} ${pluralNoun(rows.length, "iTwin")}`}
        </Typography>
        <FormControlLabel
          control={<Switch checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />}
          label="Only differences"
        />
        <ExportButtons basename="access-comparison" header={header} rows={() => shown.map(cells)} what="comparison" />
      </Stack>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>iTwin</TableCell>
            <TableCell>
              <ServerName name={leftName} />
            </TableCell>
            <TableCell>
              <ServerName name={rightName} />
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((r) => (
            <TableRow
              key={r.iTwinId}
              data-differs={r.differs ? "true" : undefined}
              sx={
                r.differs
                  ? { bgcolor: "action.hover", "& > td:first-of-type": { borderLeft: 4, borderLeftColor: "warning.main" } }
                  : undefined
              }
            >
              <TableCell>
                <Link component={RouterLink} to={routes.members.to({ iTwinId: r.iTwinId })}>
                  <ServerName name={r.iTwinName} />
                </Link>
                {r.differs ? (
                  <Typography variant="caption" component="div">
                    differs
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>
                <SideCell side={r.left} only={r.onlyLeft} permissionsOnly={r.permissionsOnlyLeft} />
              </TableCell>
              <TableCell>
                <SideCell side={r.right} only={r.onlyRight} permissionsOnly={r.permissionsOnlyRight} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
