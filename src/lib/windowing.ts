// Which slice of a long axis is on screen: only those rows/columns (plus a few either side, so a fast
// scroll does not flash blank) are rendered. Sizes are fixed per axis, so this is plain arithmetic.
export interface AxisWindow {
  start: number;
  /** exclusive */
  end: number;
}

export function visibleWindow(scrollOffset: number, viewportSize: number, itemSize: number, count: number, overscan: number): AxisWindow {
  if (count <= 0 || itemSize <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollOffset) / itemSize);
  const last = Math.ceil((Math.max(0, scrollOffset) + Math.max(0, viewportSize)) / itemSize);
  return { start: Math.max(0, Math.min(count, first) - overscan), end: Math.min(count, last + overscan) };
}

/** The scroll offset that brings item `index` fully into view, or the current one when it already is. */
export function scrollToReveal(scrollOffset: number, viewportSize: number, itemSize: number, index: number): number {
  const itemStart = index * itemSize;
  const itemEnd = itemStart + itemSize;
  if (itemStart < scrollOffset) return itemStart;
  if (itemEnd > scrollOffset + viewportSize) return Math.max(0, itemEnd - viewportSize);
  return scrollOffset;
}
