// The browser tab's title for each page: "<Section> · <iTwin> · iTwin Access Console", so a person with
// several tabs open (or a screen reader announcing the page) knows where each one is.
import { useEffect } from "react";
import { revealHidden } from "../lib/server-text";

export const APP_NAME = "iTwin Access Console";

/** The parts may be server names (an iTwin's): a hidden direction character in one is shown as its code, so it cannot reorder the title. */
export function pageTitle(...parts: (string | undefined | null)[]): string {
  return [...parts.filter((p): p is string => Boolean(p && p.trim())).map(revealHidden), APP_NAME].join(" · ");
}

/** Sets the title of a page outside any iTwin (start, not found, signed out). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
