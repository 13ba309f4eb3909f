// The review's lines as a table that renders only the rows in view (fixed row height), so 100,000 lines
// scroll like ten. Each line: who holds what where, what revoking takes away, its hints, Keep / Revoke
// and a note, and the result once applied. Arrow keys move to the same control on the next or previous
// line (scrolling it into view), so a reviewer can go through every line from the keyboard.
import { Table, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { SpacerRow } from "../../../../components/SpacerRow";
import { scrollToReveal, visibleWindow } from "../../../../lib/windowing";
import type { Decision, LineResult } from "../../../../org/review/campaign";
import type { ReviewView } from "../../../../org/review/view";
import { isHeader, itemKey, type ShownList } from "./line-groups";
import { GroupRow, LineRow, lineRowsSx, ROW_HEIGHT } from "./LineRow";
import type { LineActions } from "./line-text";

/**
 * Rows rendered beyond the view on either side, so arrow-key moves land in rendered rows while a jump
 * across the list renders few.
 */
const OVERSCAN = 4;

type Col = "decision" | "note";

export function ReviewLines({
  view,
  list,
  decisions,
  results,
  activeId,
  actions,
}: {
  view: ReviewView;
  list: ShownList;
  decisions: ReadonlyMap<string, Decision>;
  results: ReadonlyMap<string, LineResult>;
  activeId: string | null;
  actions: LineActions;
}) {
  const { items } = list;
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
          : target.closest(".review-decision")
            ? "decision"
            : null;
      if (!col) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      let next = index + step;
      while (next >= 0 && next < items.length && isHeader(items[next]!)) next += step;
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
        sx={[{ tableLayout: "fixed", minWidth: 1400 }, lineRowsSx]}
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
        <tbody>
          <SpacerRow height={start * ROW_HEIGHT} />
          {items
            .slice(start, end)
            .map((item, i) =>
              isHeader(item) ? (
                <GroupRow key={itemKey(list, start + i)} item={item} index={start + i} />
              ) : (
                <LineRow
                  key={itemKey(list, start + i)}
                  view={view}
                  line={item}
                  index={start + i}
                  decision={decisions.get(item.id)}
                  result={results.get(item.id)}
                  locked={results.get(item.id)?.outcome === "applied"}
                  active={item.id === activeId}
                  actions={actions}
                  onKeyDown={onKeyDown}
                />
              ),
            )}
          <SpacerRow height={(items.length - end) * ROW_HEIGHT} />
        </tbody>
      </Table>
    </TableContainer>
  );
}
