// The title of an iTwin page names the section and, once it is known, the iTwin.
import { useEffect } from "react";
import { pageTitle } from "../../components/page-title";
import { useITwin } from "../../features/itwins/api/get-itwin";

export function useITwinPageTitle(iTwinId: string | undefined, section: string | undefined) {
  // The same cached query the picker and the gate use: no extra request.
  const iTwin = useITwin(iTwinId ?? "", Boolean(iTwinId));
  const name = iTwinId ? iTwin.data?.displayName : undefined;
  useEffect(() => {
    if (iTwinId) document.title = pageTitle(section, name);
  }, [iTwinId, section, name]);
}
