// The mapping as a picture, drawn by hand in SVG: iTwin roles left, package roles right, a line per
// assignment. Hovering or focusing a role highlights its lines; pending (unsaved) lines are dashed and
// coloured, as the legend says. Colours are SVG attributes so the exported file looks the same.
import { useRef, useState } from "react";
import { Alert, Box, Button, Stack, useTheme } from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import { downloadFile } from "../../../lib/csv";
import { idKey, packageRolesOf, type AssignmentMap } from "../assignment-diff";
import { layoutMapping, type LineState, type MappingNode, type NamedRole } from "../mapping-layout";
import { safeFileName, serializeSvg, svgToPng } from "../mapping-export";
import { revealHidden } from "../../../lib/server-text";

export interface MappingPictureProps {
  iTwinRoles: readonly NamedRole[];
  packageRoles: readonly NamedRole[];
  base: AssignmentMap;
  effective: AssignmentMap;
  fileName: string;
  /** Enter / click on an iTwin role node chooses it in the editor. */
  onChooseITwinRole?: (id: string) => void;
}

const LEGEND_HEIGHT = 28;

export function MappingPicture({ iTwinRoles, packageRoles, base, effective, fileName, onChooseITwinRole }: MappingPictureProps) {
  const theme = useTheme();
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<{ side: "itwin" | "package"; id: string } | null>(null);
  const [exportError, setExportError] = useState<string>();
  const layout = layoutMapping(iTwinRoles, packageRoles, base, effective);
  const height = layout.height + LEGEND_HEIGHT;

  const colour: Record<LineState, string> = {
    saved: theme.palette.primary.main,
    added: theme.palette.success.main,
    removed: theme.palette.error.main,
  };
  const dash: Record<LineState, string | undefined> = { saved: undefined, added: "8 4", removed: "3 4" };
  const text = theme.palette.text.primary;
  const touches = (line: { iTwinRoleId: string; packageRoleId: string }) =>
    active !== null && (active.side === "itwin" ? line.iTwinRoleId === idKey(active.id) : line.packageRoleId === idKey(active.id));

  const exportSvg = () => {
    if (svgRef.current) downloadFile(`${safeFileName(fileName)}.svg`, serializeSvg(svgRef.current), "image/svg+xml;charset=utf-8");
  };
  const exportPng = async () => {
    setExportError(undefined);
    if (!svgRef.current) return;
    try {
      downloadFile(`${safeFileName(fileName)}.png`, await svgToPng(serializeSvg(svgRef.current), layout.width, height));
    } catch (e) {
      setExportError(e instanceof Error ? e.message : "The PNG could not be made.");
    }
  };

  const node = (n: MappingNode) => {
    const isActive = active?.side === n.side && active.id === n.id;
    const count =
      n.side === "itwin"
        ? packageRolesOf(effective, n.id).size
        : layout.lines.filter((l) => l.packageRoleId === idKey(n.id) && l.state !== "removed").length;
    const label =
      n.side === "itwin"
        ? `iTwin role ${n.name}: ${count} package role${count === 1 ? "" : "s"}`
        : `Package role ${n.name}: ${count} iTwin role${count === 1 ? "" : "s"}`;
    return (
      <g
        key={`${n.side}-${n.id}`}
        transform={`translate(${n.x} ${n.y})`}
        tabIndex={0}
        role={n.side === "itwin" && onChooseITwinRole ? "button" : "img"}
        aria-label={label}
        data-testid={n.side === "itwin" ? "mapping-itwin-role" : "mapping-package-role"}
        onMouseEnter={() => setActive({ side: n.side, id: n.id })}
        onMouseLeave={() => setActive(null)}
        onFocus={() => setActive({ side: n.side, id: n.id })}
        onBlur={() => setActive(null)}
        onClick={() => n.side === "itwin" && onChooseITwinRole?.(n.id)}
        onKeyDown={(e) => {
          if (n.side === "itwin" && onChooseITwinRole && (e.key === "Enter" || e.key === " ")) {
            e.preventDefault();
            onChooseITwinRole(n.id);
          }
        }}
        cursor={n.side === "itwin" && onChooseITwinRole ? "pointer" : "default"}
      >
        <title>{revealHidden(n.name)}</title>
        <rect
          width={layout.nodeWidth}
          height={layout.nodeHeight}
          rx={4}
          fill={isActive ? theme.palette.action.selected : theme.palette.background.paper}
          stroke={isActive ? theme.palette.secondary.main : theme.palette.divider}
          strokeWidth={isActive ? 2.5 : 1}
        />
        <text
          x={8}
          y={layout.nodeHeight / 2}
          dominantBaseline="central"
          fontSize={12}
          fontFamily="Roboto, Helvetica, Arial, sans-serif"
          fill={text}
        >
          {n.label}
        </text>
      </g>
    );
  };

  const legend: [LineState, string][] = [
    ["saved", "Saved"],
    ["added", "Pending addition"],
    ["removed", "Pending removal"],
  ];

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <Button size="small" startIcon={<DownloadIcon />} onClick={exportSvg}>
          Export SVG
        </Button>
        <Button size="small" startIcon={<DownloadIcon />} onClick={() => void exportPng()}>
          Export PNG
        </Button>
      </Stack>
      {exportError ? <Alert severity="error">{exportError}</Alert> : null}
      <Box sx={{ overflow: "auto", maxHeight: 640, border: 1, borderColor: "divider", borderRadius: 1 }}>
        <svg
          ref={svgRef}
          width={layout.width}
          height={height}
          viewBox={`0 0 ${layout.width} ${height}`}
          role="group"
          aria-label="Mapping of iTwin roles to package roles"
          data-testid="mapping-picture"
        >
          <rect width={layout.width} height={height} fill={theme.palette.background.paper} />
          <text x={8} y={22} fontSize={13} fontWeight={600} fontFamily="Roboto, Helvetica, Arial, sans-serif" fill={text}>
            iTwin roles
          </text>
          <text
            x={layout.width - 8}
            y={22}
            textAnchor="end"
            fontSize={13}
            fontWeight={600}
            fontFamily="Roboto, Helvetica, Arial, sans-serif"
            fill={text}
          >
            Package roles
          </text>
          <g aria-hidden="true">
            {layout.lines.map((l) => {
              const highlighted = touches(l);
              const mid = (l.x1 + l.x2) / 2;
              return (
                <path
                  key={`${l.iTwinRoleId}-${l.packageRoleId}`}
                  d={`M ${l.x1} ${l.y1} C ${mid} ${l.y1}, ${mid} ${l.y2}, ${l.x2} ${l.y2}`}
                  fill="none"
                  stroke={colour[l.state]}
                  strokeWidth={highlighted ? 3.5 : 1.5}
                  strokeDasharray={dash[l.state]}
                  opacity={active === null || highlighted ? 0.95 : 0.15}
                  data-testid="mapping-line"
                  data-state={l.state}
                  data-itwin-role={l.iTwinRoleId}
                  data-package-role={l.packageRoleId}
                  data-highlighted={highlighted ? "true" : "false"}
                />
              );
            })}
            {layout.bundles.map((b) => (
              <g key={`bundle-${b.packageRoleId}`} data-testid="mapping-bundle" data-package-role={b.packageRoleId} data-count={b.count}>
                <line x1={b.x1} y1={b.y1} x2={b.x2} y2={b.y2} stroke={text} strokeWidth={3} />
                <circle cx={b.x1} cy={b.y1} r={9} fill={theme.palette.background.paper} stroke={text} strokeWidth={1.5} />
                <text
                  x={b.x1}
                  y={b.y1 + 3.5}
                  textAnchor="middle"
                  fontSize={10}
                  fontFamily="Roboto, Helvetica, Arial, sans-serif"
                  fill={text}
                >
                  {b.count}
                </text>
              </g>
            ))}
          </g>
          {layout.iTwinNodes.map(node)}
          {layout.packageNodes.map(node)}
          <g transform={`translate(8 ${layout.height + 6})`} aria-hidden="true">
            {legend.map(([state, label], i) => (
              <g key={state} transform={`translate(${i * 180} 0)`}>
                <line x1={0} y1={8} x2={36} y2={8} stroke={colour[state]} strokeWidth={2.5} strokeDasharray={dash[state]} />
                <text x={44} y={8} dominantBaseline="central" fontSize={12} fontFamily="Roboto, Helvetica, Arial, sans-serif" fill={text}>
                  {label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </Box>
    </Stack>
  );
}
