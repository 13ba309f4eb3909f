// All packages at a glance: every integration package against every iTwin role holding a package role
// in any of them, as a table (grouped by role type, collapsible) and as a picture, with filters, empty
// roles hidden by default, and exports (CSV of the table, SVG and PNG of the picture).
import { useMemo, useRef, useState } from "react";
import { useQueries } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import type { Assignment, PackageSummary } from "../../../api/wire";
import { useApiClient } from "../../../api/client-context";
import { useITwinRoles } from "../../../api/queries/itwin-roles";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { downloadFile } from "../../../lib/csv";
import { assignmentsQuery } from "../api/get-assignments";
import { serializeSvg, svgToPng } from "../mapping-export";
import { buildOverview, overviewCsv, type OverviewFilter } from "../packages-overview";
import { OverviewPicture } from "./OverviewPicture";
import { WhoCanRunPanel } from "./WhoCanRunPanel";
import { ServerName } from "../../../components/ServerName";

export function PackagesOverview({ iTwinId, packages }: { iTwinId: string; packages: readonly PackageSummary[] }) {
  const client = useApiClient();
  const roles = useITwinRoles(iTwinId);
  const lists = useQueries({
    queries: packages.map((p) => assignmentsQuery(client, iTwinId, p.uniqueName)),
    combine: (results) => {
      const byPackage = new Map<string, readonly Assignment[] | "error">();
      results.forEach((q, i) => {
        if (q.data) byPackage.set(packages[i]!.uniqueName, q.data);
        else if (q.isError) byPackage.set(packages[i]!.uniqueName, "error");
      });
      return { byPackage, pending: results.some((q) => q.isPending) };
    },
  });
  const [filter, setFilter] = useState<OverviewFilter>({ role: "", pkg: "", showEmptyRoles: false, onlyAssignedPackages: false });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<"table" | "picture">("table");
  const svgRef = useRef<SVGSVGElement>(null);

  const loading = roles.isPending || lists.pending;
  const byPackage = lists.byPackage;
  const overview = useMemo(() => buildOverview(packages, roles.data ?? [], byPackage, filter), [packages, roles.data, byPackage, filter]);

  if (roles.isError)
    return <ApiErrorAlert error={roles.error} action="Loading the iTwin's roles" requiredPermission="administration_manage_roles" />;
  if (loading)
    return (
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }}>
        <CircularProgress size={20} /> Loading the assignments of {packages.length} packages…
      </Box>
    );

  const set = (patch: Partial<OverviewFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const toggleGroup = (name: string) =>
    setCollapsed((c) => (c.has(name) ? new Set([...c].filter((n) => n !== name)) : new Set([...c, name])));
  const exportPng = async () => {
    const svg = svgRef.current;
    if (!svg) return;
    const png = await svgToPng(serializeSvg(svg), svg.width.baseVal.value, svg.height.baseVal.value);
    downloadFile("all-packages.png", png, "image/png");
  };

  return (
    <Stack spacing={2} data-testid="packages-overview">
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center" }}>
        <TextField size="small" label="Filter roles" value={filter.role} onChange={(e) => set({ role: e.target.value })} />
        <TextField size="small" label="Filter packages" value={filter.pkg} onChange={(e) => set({ pkg: e.target.value })} />
        <FormControlLabel
          control={<Checkbox checked={filter.showEmptyRoles} onChange={(e) => set({ showEmptyRoles: e.target.checked })} />}
          label="Show roles holding no package role"
        />
        <FormControlLabel
          control={<Checkbox checked={filter.onlyAssignedPackages} onChange={(e) => set({ onlyAssignedPackages: e.target.checked })} />}
          label="Only packages with assignments"
        />
      </Box>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Box role="group" aria-label="Show as" sx={{ display: "flex", gap: 0.5 }}>
          {(["table", "picture"] as const).map((v) => (
            <Button
              key={v}
              size="small"
              variant={view === v ? "contained" : "outlined"}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {v === "table" ? "Table" : "Picture"}
            </Button>
          ))}
        </Box>
        <Button startIcon={<DownloadIcon />} onClick={() => downloadFile("all-packages.csv", overviewCsv(overview))}>
          Export CSV
        </Button>
        <Button
          startIcon={<DownloadIcon />}
          disabled={view !== "picture"}
          onClick={() => svgRef.current && downloadFile("all-packages.svg", serializeSvg(svgRef.current), "image/svg+xml")}
        >
          Export SVG
        </Button>
        <Button startIcon={<DownloadIcon />} disabled={view !== "picture"} onClick={() => void exportPng()}>
          Export PNG
        </Button>
        <Typography role="status" aria-live="polite" data-testid="overview-count" sx={{ ml: "auto" }}>
          {overview.totalRows} role{overview.totalRows === 1 ? "" : "s"} × {overview.packages.length} package
          {overview.packages.length === 1 ? "" : "s"}
        </Typography>
      </Box>
      {overview.unreadable.length > 0 ? (
        <Alert severity="warning">The assignments of {overview.unreadable.join(", ")} could not be read; their columns are empty.</Alert>
      ) : null}
      {overview.totalRows === 0 ? (
        <Alert severity="info" data-testid="overview-empty">
          {filter.role || filter.pkg ? "No role or package matches the filters." : "No iTwin role holds a package role in any package yet."}
        </Alert>
      ) : view === "picture" ? (
        <Box sx={{ overflow: "auto", maxHeight: 640 }} tabIndex={0} aria-label="All-packages picture, scrollable">
          <OverviewPicture ref={svgRef} overview={overview} />
        </Box>
      ) : (
        <Box sx={{ overflow: "auto", maxHeight: 640 }} tabIndex={0} aria-label="All-packages table, scrollable">
          <Table size="small" stickyHeader aria-label="Package roles of every iTwin role in every package">
            <TableHead>
              <TableRow>
                <TableCell sx={{ minWidth: 200 }}>iTwin role</TableCell>
                {overview.packages.map((p) => (
                  <TableCell key={p.uniqueName} title={p.uniqueName}>
                    <ServerName name={p.name} maxWidth={220} />
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            {overview.groups.map((g) => (
              <TableBody key={g.name}>
                <TableRow>
                  <TableCell colSpan={overview.packages.length + 1} sx={{ bgcolor: "action.hover" }}>
                    <Button
                      size="small"
                      aria-expanded={!collapsed.has(g.name)}
                      onClick={() => toggleGroup(g.name)}
                    >{`${collapsed.has(g.name) ? "▸" : "▾"} ${g.name} roles (${g.rows.length})`}</Button>
                  </TableCell>
                </TableRow>
                {collapsed.has(g.name)
                  ? null
                  : g.rows.map((r) => (
                      <TableRow key={r.roleId} data-testid="overview-row">
                        <TableCell component="th" scope="row">
                          <ServerName name={r.roleName} maxWidth={320} />
                        </TableCell>
                        {overview.packages.map((p) => {
                          const held = r.cells.get(p.uniqueName);
                          return (
                            <TableCell key={p.uniqueName}>
                              {held ? <ServerName name={held.join(", ")} /> : <span aria-label="none">–</span>}
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    ))}
              </TableBody>
            ))}
          </Table>
        </Box>
      )}
      <WhoCanRunPanel iTwinId={iTwinId} packages={packages} />
    </Stack>
  );
}
