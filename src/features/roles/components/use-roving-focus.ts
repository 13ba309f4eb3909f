// The grid's one tab stop (roving tabindex): arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move
// it, Space or Enter activates the cell, a click moves it to the cell clicked. Each focusable element
// carries its position in data-pos="row:column"; the moved-to element is focused after it renders.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from "react";
import type { Pos } from "./matrix-geometry";

function parsePos(value: string | undefined): Pos | undefined {
  if (!value) return undefined;
  const [r, c] = value.split(":").map(Number);
  return Number.isInteger(r) && Number.isInteger(c) ? { r: r!, c: c! } : undefined;
}

/** Where a key moves focus from `pos`, or undefined for a key that does not move it. */
function nextPos(key: string, ctrl: boolean, pos: Pos, lastRow: number, lastCol: number, page: number): Pos | undefined {
  switch (key) {
    case "ArrowDown":
      return { r: Math.min(lastRow, pos.r + 1), c: pos.c };
    case "ArrowUp":
      return { r: Math.max(-1, pos.r - 1), c: pos.c };
    case "ArrowRight":
      return { r: pos.r, c: Math.min(lastCol, pos.c + 1) };
    case "ArrowLeft":
      return { r: pos.r, c: Math.max(-1, pos.c - 1) };
    case "Home":
      return ctrl ? { r: 0, c: 0 } : { r: pos.r, c: -1 };
    case "End":
      return ctrl ? { r: lastRow, c: lastCol } : { r: pos.r, c: lastCol };
    case "PageDown":
      return { r: Math.min(lastRow, pos.r + page), c: pos.c };
    case "PageUp":
      return { r: Math.max(pos.r < 0 ? -1 : 0, pos.r - page), c: pos.c };
    default:
      return undefined;
  }
}

export function useRovingFocus(opts: {
  containerRef: RefObject<HTMLElement | null>;
  rowCount: number;
  columnCount: number;
  pageRows: number;
  /** Scrolls the position on screen before it is focused. */
  reveal: (pos: Pos) => void;
  activate: (pos: Pos) => void;
}) {
  const { containerRef, rowCount, columnCount, pageRows, reveal, activate } = opts;
  const [focus, setFocus] = useState<Pos>({ r: 0, c: 0 });
  const focusAfterRender = useRef(false);

  // The focused cell may have been filtered away: fall back to the nearest one that exists.
  const current: Pos = {
    r: Math.max(-1, Math.min(focus.r, rowCount - 1)),
    c: Math.max(-1, Math.min(focus.c, columnCount - 1)),
  };

  useEffect(() => {
    if (!focusAfterRender.current) return;
    const target = containerRef.current?.querySelector<HTMLElement>(`[data-pos="${current.r}:${current.c}"]`);
    if (target) {
      focusAfterRender.current = false;
      target.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const pos = parsePos(target.dataset.pos);
    if (!pos) return;
    if (e.key === " " || e.key === "Enter") {
      // Buttons (role names, group toggles) act on their own.
      if (target.tagName === "BUTTON") return;
      e.preventDefault();
      activate(pos);
      return;
    }
    const next = nextPos(e.key, e.ctrlKey, pos, rowCount - 1, columnCount - 1, pageRows);
    if (!next) return;
    e.preventDefault();
    reveal(next);
    focusAfterRender.current = true;
    setFocus(next);
  };

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>("[data-pos]");
    const pos = parsePos(target?.dataset.pos);
    if (!target || !pos) return;
    setFocus(pos);
    if (target.dataset.kind === "cell" || target.dataset.kind === "group-cell") activate(pos);
  };

  return { current, onKeyDown, onClick };
}
