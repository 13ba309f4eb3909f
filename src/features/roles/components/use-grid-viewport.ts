// Windowing for the matrix: the scroll container's position and size, measured on scroll and resize,
// and the rows and columns on screen (plus a few either side). Only those exist in the DOM.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { scrollToReveal, visibleWindow } from "../../../lib/windowing";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, type Pos } from "./matrix-geometry";

const OVERSCAN_ROWS = 6;
const OVERSCAN_COLUMNS = 2;
/** jsdom (and a first paint before layout) reports 0×0; assume a typical viewport then. */
const FALLBACK_VIEWPORT = { width: 1200, height: 640 };

export function useGridViewport(rowCount: number, columnCount: number, colWidth: number) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, left: 0, width: 0, height: 0 });

  const measure = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    setViewport((v) => {
      const next = { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight };
      return next.top === v.top && next.left === v.left && next.width === v.width && next.height === v.height ? v : next;
    });
  }, []);

  useLayoutEffect(() => {
    measure();
    const el = scrollerRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  /** Scrolls just enough to bring a position's row and column on screen. */
  const reveal = useCallback(
    (pos: Pos) => {
      const el = scrollerRef.current;
      if (!el) return;
      const bodyHeight = (el.clientHeight || FALLBACK_VIEWPORT.height) - HEADER_HEIGHT;
      const bodyWidth = (el.clientWidth || FALLBACK_VIEWPORT.width) - ROW_HEADER_WIDTH;
      if (pos.r >= 0) el.scrollTop = scrollToReveal(el.scrollTop, bodyHeight, ROW_HEIGHT, pos.r);
      if (pos.c >= 0) el.scrollLeft = scrollToReveal(el.scrollLeft, bodyWidth, colWidth, pos.c);
      measure();
    },
    [colWidth, measure],
  );

  const width = viewport.width || FALLBACK_VIEWPORT.width;
  const height = viewport.height || FALLBACK_VIEWPORT.height;
  return {
    scrollerRef,
    measure,
    reveal,
    rowWindow: visibleWindow(viewport.top, height - HEADER_HEIGHT, ROW_HEIGHT, rowCount, OVERSCAN_ROWS),
    colWindow: visibleWindow(viewport.left, width - ROW_HEADER_WIDTH, colWidth, columnCount, OVERSCAN_COLUMNS),
    /** Columns wholly or partly past the right edge (0 before layout), so the grid can say more follow. */
    columnsAfter:
      viewport.width > 0 ? Math.max(0, columnCount - Math.floor((viewport.left + viewport.width - ROW_HEADER_WIDTH) / colWidth)) : 0,
    /** Rows a PageUp/PageDown moves by. */
    pageRows: Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1),
  };
}
