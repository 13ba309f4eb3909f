// When the control a keyboard user was on goes away — its row removed, a button swapped for another, a
// dialog handing focus back to a button that no longer exists or is now disabled — the browser drops
// focus to the page and the next Tab starts from the top. This keeps focus where the person was: the
// same control of the row now in that place (or the last row), else the control now at that position
// in the container, else the container itself.
import { useCallback, useEffect, useRef, type FocusEvent, type RefCallback } from "react";

const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";
const ROW = "tr, li";
/** How long a closing dialog may keep focus before handing it back (MUI's exit transition is ~200 ms). */
const WATCH_FOR_MS = 1000;
const WATCH_EVERY_MS = 50;

const focusLost = () => !document.activeElement || document.activeElement === document.body;

interface Spot {
  element: HTMLElement;
  /** Index of the row among the container's rows, or -1 outside any row. */
  row: number;
  /** Index of the control among the focusables of its row (or of the container, outside rows). */
  control: number;
}

const usable = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !el.matches(":disabled") && el.getClientRects().length > 0;

function focusables(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll(FOCUSABLE)].filter(usable);
}

function rowsOf(container: Element): Element[] {
  return [...container.querySelectorAll(ROW)].filter((r) => r.closest(".MuiDialog-root") === null && focusables(r).length > 0);
}

function spotOf(container: HTMLElement, element: HTMLElement): Spot {
  const row = element.closest(ROW);
  if (row && container.contains(row)) {
    const rows = rowsOf(container);
    return { element, row: rows.indexOf(row), control: focusables(row).indexOf(element) };
  }
  return { element, row: -1, control: focusables(container).indexOf(element) };
}

function replacement(container: HTMLElement, spot: Spot): HTMLElement {
  if (spot.row >= 0) {
    const rows = rowsOf(container);
    const row = rows[Math.min(spot.row, rows.length - 1)];
    if (row) {
      const controls = focusables(row);
      return controls[Math.min(Math.max(spot.control, 0), controls.length - 1)]!;
    }
  }
  const controls = focusables(container);
  const at = controls[Math.min(Math.max(spot.control, 0), controls.length - 1)];
  if (at) return at;
  container.tabIndex = -1;
  return container;
}

/**
 * Spread the result on the element around the rows or controls (a list, a toolbar). Re-checked after
 * every render of the calling component, so call it in the component whose data removes the rows.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(): { ref: RefCallback<T>; onFocus: (e: FocusEvent<T>) => void } {
  const container = useRef<T | null>(null);
  const last = useRef<Spot | null>(null);

  const ref = useCallback<RefCallback<T>>((el) => {
    container.current = el;
  }, []);

  // React's focus events bubble through portals: a dialog rendered inside the container is not "in" it.
  const onFocus = useCallback((e: FocusEvent<T>) => {
    const el = container.current;
    if (el && e.target instanceof HTMLElement && e.target !== el && el.contains(e.target)) last.current = spotOf(el, e.target);
  }, []);

  // After the render's effects, so a dialog that closed in this render has tried to give focus back.
  useEffect(() => {
    const el = container.current;
    const spot = last.current;
    if (!el || !spot || usable(spot.element)) return;
    const handOn = () => {
      const target = replacement(el, spot);
      last.current = target === el ? null : spotOf(el, target);
      target.focus({ preventScroll: true });
    };
    if (focusLost()) return handOn();
    // A dialog still closing holds focus and hands it back to the vanished control only when its exit
    // transition ends, after this render: watch briefly for focus falling to the page then.
    const watch = setInterval(() => {
      if (!focusLost()) return;
      clearInterval(watch);
      if (last.current === spot) handOn();
    }, WATCH_EVERY_MS);
    const stop = setTimeout(() => clearInterval(watch), WATCH_FOR_MS);
    return () => {
      clearInterval(watch);
      clearTimeout(stop);
    };
  });

  return { ref, onFocus };
}
