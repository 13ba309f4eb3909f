// The whole organization at once: the access index over every iTwin, with people, roles and iTwins views.
import { Box, CircularProgress, Tab, Tabs, Typography } from "@mui/material";
import { useEffect, useMemo, useState } from "react";
import { lackingOf } from "../../../org/index-queries";
import { useOrgIndex } from "../use-org-index";
import { CrawlPanel, IncompleteNotice } from "./CrawlPanel";
import { HoldersView } from "./HoldersView";
import { ITwinsTable } from "./ITwinsTable";
import { PeopleView } from "./PeopleView";

type View = "people" | "roles" | "itwins";

export function OrganizationPage() {
  const { crawler, progress, view: index, loaded } = useOrgIndex();
  const [view, setView] = useState<View>("people");
  const missing = useMemo(() => lackingOf(index.itwins), [index.itwins]);
  useEffect(() => {
    document.title = "Organization · iTwin Access Console";
  }, []);
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        Organization
      </Typography>
      {!crawler || !progress || !loaded ? (
        <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center" }}>
          <CircularProgress size={20} /> Opening the organization index…
        </Box>
      ) : (
        <>
          <CrawlPanel crawler={crawler} progress={progress} lacking={missing} />
          <Tabs value={view} onChange={(_e, v: View) => setView(v)} aria-label="Organization views">
            <Tab value="people" label="People" />
            <Tab value="roles" label="Roles and permissions" />
            <Tab value="itwins" label="iTwins" />
          </Tabs>
          <IncompleteNotice lacking={missing} />
          <Box sx={{ pt: 2 }}>
            {view === "people" ? <PeopleView view={index} /> : null}
            {view === "roles" ? <HoldersView full={index.full} parsed={index.parsed} total={index.itwins.length} /> : null}
            {view === "itwins" ? <ITwinsTable itwins={index.itwins} crawler={crawler} /> : null}
          </Box>
        </>
      )}
    </Box>
  );
}
