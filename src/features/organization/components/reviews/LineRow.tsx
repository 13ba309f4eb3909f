// One review line as a table row of plain elements, styled once by the table (`lineRowsSx`) instead of
// by a styled component per cell, chip, button and field: a jump across 100,000 lines mounts a fresh
// window of rows, and MUI components each serialize their styles on every mount, which made the jumps
// long tasks. The row keeps what the components gave: Keep / Revoke as pressed buttons in a named group,
// a labelled note field, hints in words, focus rings, and the theme's colours in both modes.
import { alpha, type CSSObject, type Theme } from "@mui/material/styles";
import { memo, type KeyboardEvent } from "react";
import { ServerName } from "../../../../components/ServerName";
import type { Decision, LineResult, ReviewLine, Verdict } from "../../../../org/review/campaign";
import { describeTakenAway, takenAway, type ReviewView } from "../../../../org/review/view";
import { HintChips } from "./HintChips";
import type { GroupHeader } from "./line-groups";
import { NoteField } from "./NoteField";
import { resultText } from "./result-text";
import { accessText, lineLabel, type LineActions } from "./line-text";

export const ROW_HEIGHT = 49;

const VERDICTS: readonly [Verdict, string][] = [
  ["keep", "Keep"],
  ["revoke", "Revoke"],
];

export const lineRowsSx = (theme: Theme): CSSObject => {
  const { palette } = theme;
  const line = palette.mode === "light" ? palette.grey[300] : palette.grey[800];
  const selected = alpha(palette.primary.main, palette.action.selectedOpacity);
  return {
    "& tbody > tr": { height: ROW_HEIGHT },
    "& tbody td, & tbody th": {
      fontFamily: theme.typography.body2.fontFamily,
      fontSize: theme.typography.body2.fontSize,
      lineHeight: theme.typography.body2.lineHeight,
      letterSpacing: theme.typography.body2.letterSpacing,
      padding: "0 16px",
      borderBottom: `1px solid ${line}`,
      color: palette.text.primary,
      textAlign: "left",
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
    },
    "& tbody tr.review-line:hover": { backgroundColor: palette.action.hover },
    "& tbody tr.review-line[data-active='true']": { backgroundColor: selected },
    "& tbody tr.review-group > th": { fontWeight: 600, backgroundColor: palette.action.hover },
    "& .review-email": { color: palette.text.secondary, marginLeft: theme.spacing(1) },
    "& .review-hints": { display: "flex", gap: theme.spacing(0.5), overflow: "hidden" },
    "& .review-hint": {
      display: "inline-flex",
      alignItems: "center",
      height: 24,
      padding: "0 8px",
      borderRadius: 12,
      fontSize: "0.8125rem",
      whiteSpace: "nowrap",
      border: `1px solid ${palette.mode === "light" ? palette.grey[400] : palette.grey[700]}`,
    },
    "& .review-hint.warning": {
      backgroundColor: palette.warning.main,
      color: palette.warning.contrastText,
      borderColor: "transparent",
    },
    "& .review-decision": { display: "inline-flex" },
    "& .review-decision > button": {
      font: "inherit",
      fontSize: "0.8125rem",
      fontWeight: 500,
      lineHeight: 1.75,
      textTransform: "uppercase",
      padding: "3px 9px",
      color: palette.text.primary,
      backgroundColor: "transparent",
      border: `1px solid ${palette.divider}`,
      cursor: "pointer",
      "&:first-of-type": { borderRadius: `${theme.shape.borderRadius}px 0 0 ${theme.shape.borderRadius}px` },
      "&:last-of-type": { borderRadius: `0 ${theme.shape.borderRadius}px ${theme.shape.borderRadius}px 0`, borderLeft: 0 },
      "&:hover": { backgroundColor: palette.action.hover },
      "&[aria-pressed='true']": { color: palette.primary.main, backgroundColor: selected },
      "&:disabled": { color: palette.text.disabled, borderColor: palette.action.disabledBackground, cursor: "default" },
      "&:focus-visible": { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
    "& .review-note": {
      font: "inherit",
      width: "100%",
      padding: "4px 0",
      color: palette.text.primary,
      backgroundColor: "transparent",
      border: 0,
      borderBottom: `1px solid ${palette.text.secondary}`,
      outline: "none",
      "&::placeholder": { color: palette.text.secondary, opacity: 1 },
      "&:focus": { borderBottom: `2px solid ${palette.primary.main}`, paddingBottom: 3 },
      "&:disabled": { color: palette.text.disabled, borderBottomStyle: "dotted" },
    },
  };
};

export const LineRow = memo(function LineRow({
  view,
  line,
  index,
  decision,
  result,
  locked,
  active,
  actions,
  onKeyDown,
}: {
  view: ReviewView;
  line: ReviewLine;
  index: number;
  decision: Decision | undefined;
  result: LineResult | undefined;
  locked: boolean;
  active: boolean;
  actions: LineActions;
  onKeyDown: (e: KeyboardEvent, index: number) => void;
}) {
  const label = lineLabel(view, line);
  const verdict = decision?.verdict ?? null;
  const decide = (v: Verdict) => actions.onDecide(line.id, verdict === v ? null : v);
  return (
    <tr
      className="review-line"
      aria-rowindex={index + 2}
      data-line-index={index}
      data-testid="review-line"
      data-decision={verdict ?? "undecided"}
      data-result={result?.outcome ?? ""}
      data-active={active ? "true" : undefined}
      onFocus={() => actions.onActive(line.id)}
      onClick={() => actions.onActive(line.id)}
      onKeyDown={(e) => onKeyDown(e, index)}
    >
      <td>
        <ServerName name={view.itwins.get(line.iTwinId)?.name ?? line.iTwinId} />
      </td>
      <td>
        <ServerName name={line.subjectName} />
        {line.email && line.email !== line.subjectName ? (
          <span className="review-email">
            <ServerName name={line.email} />
          </span>
        ) : null}
      </td>
      <td>
        <ServerName name={accessText(line)} />
      </td>
      <td>{describeTakenAway(takenAway(view, line))}</td>
      <td>
        <HintChips line={line} />
      </td>
      <td>
        <div className="review-decision" role="group" aria-label={`Decision: ${label}`}>
          {VERDICTS.map(([v, word]) => (
            <button
              key={v}
              type="button"
              // Arrow keys move between lines to the same column: Keep is where they land.
              data-col={v === "keep" ? "decision" : undefined}
              aria-pressed={verdict === v}
              disabled={locked}
              aria-label={`${word}: ${label}`}
              onClick={() => decide(v)}
            >
              {word}
            </button>
          ))}
        </div>
      </td>
      <td>
        <NoteField line={line} label={label} decision={decision} onNote={actions.onNote} locked={locked} />
      </td>
      <td data-testid="line-result">{result ? resultText(result) : verdict === "revoke" ? "Not applied yet" : ""}</td>
    </tr>
  );
});

export function GroupRow({ item, index }: { item: GroupHeader; index: number }) {
  return (
    <tr className="review-group" aria-rowindex={index + 2} data-testid="review-group">
      <th colSpan={8} scope="rowgroup">
        <ServerName name={item.label} /> · {item.decided} of {item.total} decided{item.revoked ? `, ${item.revoked} to revoke` : ""}
      </th>
    </tr>
  );
}
