// The all-packages picture: iTwin roles as rows, packages as columns, a filled square where the role
// holds a package role in that package; group headings between row groups. Plain SVG with colours as
// attributes, so the export stands alone.
import { forwardRef } from "react";
import { useTheme } from "@mui/material";
import type { Overview } from "../packages-overview";
import { revealHidden } from "../../../lib/server-text";

const ROW = 16;
const COL = 22;
const LEFT = 220;
const TOP = 150;

export const OverviewPicture = forwardRef<SVGSVGElement, { overview: Overview }>(function OverviewPicture({ overview }, ref) {
  const theme = useTheme();
  const ink = theme.palette.text.primary;
  const fill = theme.palette.primary.main;
  const grid = theme.palette.divider;
  const lines: { y: number; label: string; heading: boolean; cells: boolean[] }[] = [];
  let y = TOP;
  for (const g of overview.groups) {
    lines.push({ y, label: `${g.name} (${g.rows.length})`, heading: true, cells: [] });
    y += ROW;
    for (const r of g.rows) {
      lines.push({ y, label: r.roleName, heading: false, cells: overview.packages.map((p) => r.cells.has(p.uniqueName)) });
      y += ROW;
    }
  }
  const width = LEFT + overview.packages.length * COL + 20;
  const height = y + 10;
  // Hidden direction characters shown as codes: a picture is read for decisions too.
  const clip = (raw: string) => {
    const s = revealHidden(raw);
    return s.length > 32 ? `${s.slice(0, 31)}…` : s;
  };
  return (
    <svg
      ref={ref}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${overview.totalRows} iTwin roles against ${overview.packages.length} integration packages`}
      fontFamily="Roboto, Arial, sans-serif"
      fontSize={11}
    >
      <rect x={0} y={0} width={width} height={height} fill={theme.palette.background.paper} />
      {overview.packages.map((p, i) => (
        <text key={p.uniqueName} transform={`translate(${LEFT + i * COL + COL / 2 + 4}, ${TOP - 6}) rotate(-60)`} fill={ink}>
          {clip(p.name)}
        </text>
      ))}
      {lines.map((l) => (
        <g key={`${l.y}`}>
          <text x={l.heading ? 4 : 14} y={l.y + ROW - 4} fill={ink} fontWeight={l.heading ? 700 : 400}>
            {clip(l.label)}
          </text>
          {l.cells.map((held, i) => (
            <rect key={i} x={LEFT + i * COL + 3} y={l.y + 2} width={COL - 6} height={ROW - 4} fill={held ? fill : "none"} stroke={grid}>
              <title>{held ? `${l.label} holds a package role in ${overview.packages[i]!.name}` : ""}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
});
