// The review's lines as a table that renders only the rows in view (fixed row height), so 100,000 lines
// scroll like ten. Each line: who holds what where, what revoking takes away, its hints, Keep / Revoke
// and a note, and the result once applied. Arrow keys move to the same control on the next or previous
// line (scrolling it into view), so a reviewer can go through every line from the keyboard.
import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, ToggleButton, ToggleButtonGroup } from "@mui/material";
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { ServerName } from "../../../../components/ServerName";
import { revealHidden } from "../../../../lib/server-text";
import { scrollToReveal, visibleWindow } from "../../../../lib/windowing";
import type { Decision, LineResult, ReviewLine, Verdict } from "../../../../org/review/campaign";
import { describeTakenAway, takenAway, type ReviewView } from "../../../../org/review/view";
import { HintChips } from "./HintChips";
import type { ShownItem } from "./line-groups";
import { NoteField } from "./NoteField";
import { resultText } from "./result-text";

export const ROW_HEIGHT = 49;
/**
 * Rows rendered beyond the view on either side. A row is a few dozen components (chips, toggle buttons,
 * a text field), so a jump across the list renders as few as keep arrow-key moves inside rendered rows.
 */
const OVERSCAN = 4;

const KIND: Record<ReviewLine["kind"], string> = {
  user: "Member",
  group: "Group",
  owner: "Owner",
  invitation: "Invitation",
  share: "Share link",
};

export function accessText(line: ReviewLine): string {
  return line.roleName
    ? `${KIND[line.kind]} · ${line.roleName}`
    : line.kind === "user" || line.kind === "group"
      ? `${KIND[line.kind]} · no role`
      : KIND[line.kind];
}

/**
 * "Quinn Threeways, Reader on Bridge A": how controls of one line are named for screen readers, each
 * name's hidden characters shown as codes so none can reorder what is read out.
 */
export function lineLabel(view: ReviewView, line: ReviewLine): string {
  const what = line.roleName !== null ? revealHidden(line.roleName) : KIND[line.kind].toLowerCase();
  return `${revealHidden(line.subjectName)}, ${what} on ${revealHidden(view.itwins.get(line.iTwinId)?.name ?? line.iTwinId)}`;
}

export interface LineActions {
  onDecide: (lineId: string, verdict: Verdict | null) => void;
  onNote: (lineId: string, note: string) => void;
  onActive: (lineId: string) => void;
}

type Col = "decision" | "note";

const LineRow = memo(function LineRow({
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
  const itwin = view.itwins.get(line.iTwinId)?.name ?? line.iTwinId;
  return (
    <TableRow
      aria-rowindex={index + 2}
      data-line-index={index}
      data-testid="review-line"
      data-decision={decision?.verdict ?? "undecided"}
      data-result={result?.outcome ?? ""}
      selected={active}
      onFocus={() => actions.onActive(line.id)}
      onClick={() => actions.onActive(line.id)}
      onKeyDown={(e) => onKeyDown(e, index)}
      sx={{ height: ROW_HEIGHT, "& > td": { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", py: 0 } }}
    >
      <TableCell sx={{ maxWidth: 180 }}>
        <ServerName name={itwin} />
      </TableCell>
      <TableCell sx={{ maxWidth: 220 }}>
        <ServerName name={line.subjectName} />
        {line.email && line.email !== line.subjectName ? (
          <Box component="span" sx={{ color: "text.secondary", ml: 1 }}>
            <ServerName name={line.email} />
          </Box>
        ) : null}
      </TableCell>
      <TableCell sx={{ maxWidth: 200 }}>
        <ServerName name={accessText(line)} />
      </TableCell>
      <TableCell sx={{ maxWidth: 260 }}>{describeTakenAway(takenAway(view, line))}</TableCell>
      <TableCell sx={{ maxWidth: 260 }}>
        <HintChips line={line} />
      </TableCell>
      <TableCell>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={decision?.verdict ?? null}
          disabled={locked}
          onChange={(_e, v: Verdict | null) => actions.onDecide(line.id, v)}
          aria-label={`Decision: ${label}`}
          // The unpressed buttons' default grey is too faint on a selected or hovered row.
          sx={{ "& .MuiToggleButton-root:not(.Mui-selected):not(.Mui-disabled)": { color: "text.primary" } }}
        >
          <ToggleButton value="keep" data-col="decision" aria-label={`Keep: ${label}`}>
            Keep
          </ToggleButton>
          <ToggleButton value="revoke" aria-label={`Revoke: ${label}`}>
            Revoke
          </ToggleButton>
        </ToggleButtonGroup>
      </TableCell>
      <TableCell sx={{ minWidth: 160, maxWidth: 240 }}>
        <NoteField line={line} label={label} decision={decision} onNote={actions.onNote} locked={locked} />
      </TableCell>
      <TableCell sx={{ maxWidth: 220 }} data-testid="line-result">
        {result ? resultText(result) : decision?.verdict === "revoke" ? "Not applied yet" : ""}
      </TableCell>
    </TableRow>
  );
});

function GroupRow({ item, index }: { item: Extract<ShownItem, { type: "group" }>; index: number }) {
  return (
    <TableRow aria-rowindex={index + 2} sx={{ height: ROW_HEIGHT, bgcolor: "action.hover" }} data-testid="review-group">
      <TableCell colSpan={8} component="th" scope="rowgroup" sx={{ fontWeight: 600, py: 0, whiteSpace: "nowrap" }}>
        <ServerName name={item.label} /> · {item.decided} of {item.total} decided{item.revoked ? `, ${item.revoked} to revoke` : ""}
      </TableCell>
    </TableRow>
  );
}

export function ReviewLines({
  view,
  items,
  decisions,
  results,
  activeId,
  actions,
}: {
  view: ReviewView;
  items: readonly ShownItem[];
  decisions: ReadonlyMap<string, Decision>;
  results: ReadonlyMap<string, LineResult>;
  activeId: string | null;
  actions: LineActions;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const [focusTo, setFocusTo] = useState<{ index: number; col: Col } | null>(null);
  const { start, end } = visibleWindow(scroll.top, scroll.height, ROW_HEIGHT, items.length, OVERSCAN);
  const header = ROW_HEIGHT;

  useEffect(() => {
    const el = viewport.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  // Moving past the rendered rows: scroll first, then focus the control once its row is rendered.
  useLayoutEffect(() => {
    if (!focusTo) return;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-line-index="${focusTo.index}"] [data-col="${focusTo.col}"]`);
    if (el) {
      el.focus();
      setFocusTo(null);
    }
  }, [focusTo, start, end]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent, index: number) => {
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
      const target = e.target as HTMLElement;
      const col: Col | null =
        target.closest("[data-col='note']") || target.dataset.col === "note"
          ? "note"
          : target.closest(".MuiToggleButtonGroup-root")
            ? "decision"
            : null;
      if (!col) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      let next = index + step;
      while (next >= 0 && next < items.length && items[next]!.type !== "line") next += step;
      if (next < 0 || next >= items.length) return;
      e.preventDefault();
      const el = viewport.current;
      if (el) {
        const top = scrollToReveal(el.scrollTop, el.clientHeight - header, ROW_HEIGHT, next);
        if (top !== el.scrollTop) el.scrollTop = top;
        setScroll({ top: el.scrollTop, height: el.clientHeight });
      }
      setFocusTo({ index: next, col });
    },
    [items, header],
  );

  return (
    <TableContainer
      ref={viewport}
      sx={{ maxHeight: "65vh", minHeight: 200 }}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <Table
        size="small"
        stickyHeader
        aria-label="Review lines"
        aria-rowcount={items.length + 1}
        sx={{ tableLayout: "fixed", minWidth: 1400 }}
      >
        <TableHead>
          <TableRow aria-rowindex={1}>
            <TableCell sx={{ width: 160 }}>iTwin</TableCell>
            <TableCell sx={{ width: 220 }}>Who</TableCell>
            <TableCell sx={{ width: 170 }}>Access</TableCell>
            <TableCell sx={{ width: 240 }}>Revoking takes away</TableCell>
            <TableCell sx={{ width: 220 }}>Hints</TableCell>
            <TableCell sx={{ width: 160 }}>Decision</TableCell>
            <TableCell sx={{ width: 200 }}>Note</TableCell>
            <TableCell sx={{ width: 170 }}>Result</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {start > 0 ? <TableRow aria-hidden="true" sx={{ height: start * ROW_HEIGHT }} /> : null}
          {items
            .slice(start, end)
            .map((item, i) =>
              item.type === "group" ? (
                <GroupRow key={`group:${item.key}`} item={item} index={start + i} />
              ) : (
                <LineRow
                  key={item.key}
                  view={view}
                  line={item.line}
                  index={start + i}
                  decision={decisions.get(item.line.id)}
                  result={results.get(item.line.id)}
                  locked={results.get(item.line.id)?.outcome === "applied"}
                  active={item.line.id === activeId}
                  actions={actions}
                  onKeyDown={onKeyDown}
                />
              ),
            )}
          {end < items.length ? <TableRow aria-hidden="true" sx={{ height: (items.length - end) * ROW_HEIGHT }} /> : null}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
