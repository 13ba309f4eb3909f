// The browser tab's title for each page: "<Section> · <iTwin> · iTwin Access Console", so a person with
// several tabs open (or a screen reader announcing the page) knows where each one is.
import { useEffect } from "react";
import { useITwin } from "../../features/itwins/api/get-itwin";

export const APP_NAME = "iTwin Access Console";

export function pageTitle(...parts: (string | undefined | null)[]): string {
  return [...parts.filter((p): p is string => Boolean(p && p.trim())), APP_NAME].join(" · ");
}

/** Sets the title of an iTwin page, adding the iTwin's name once it is known. */
export function useITwinPageTitle(iTwinId: string | undefined, section: string | undefined) {
  // The same cached query the picker and the gate use: no extra request.
  const iTwin = useITwin(iTwinId ?? "", Boolean(iTwinId));
  const name = iTwinId ? iTwin.data?.displayName : undefined;
  useEffect(() => {
    if (iTwinId) document.title = pageTitle(section, name);
  }, [iTwinId, section, name]);
}

/** Sets the title of a page outside any iTwin (start, not found, signed out). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
