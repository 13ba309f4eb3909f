// The whole organization at once: the access index over every iTwin, with people, roles and iTwins views.
import { Alert, Box, Button, CircularProgress, Tab, Tabs } from "@mui/material";
import { ServerName } from "../../../components/ServerName";
import { useCallback, useEffect, useMemo, useState } from "react";
import { lackingOf } from "../../../org/index-queries";
import { useOrgIndex } from "../use-org-index";
import { usePlanMakers } from "../use-plan-makers";
import { usePlans } from "../use-plans";
import { useReviews } from "../use-reviews";
import { readReviewSession, writeReviewSession } from "../../../org/review-session";
import { useMe } from "../../../api/queries/me";
import { useOrgAdmin } from "../../../api/queries/org-admin";
import { CrawlPanel, IncompleteNotice } from "./CrawlPanel";
import { HoldersView } from "./HoldersView";
import { ITwinsTable } from "./ITwinsTable";
import { PeopleView } from "./PeopleView";
import { PlanMakerDialogs } from "./PlanMakerDialogs";
import { PageHeader } from "../../../components/PageHeader";
import { PlansView } from "./PlansView";
import { ReviewsView } from "./reviews/ReviewsView";
import { RoleTemplatesView } from "./RoleTemplatesView";

type View = "people" | "roles" | "itwins" | "templates" | "plans" | "reviews";
const VIEW = "tab";

export function OrganizationPage() {
  const { crawler, pacer, owner, progress, view: index, loaded } = useOrgIndex();
  const reindex = useCallback((ids: string[]) => void crawler?.refresh(ids), [crawler]);
  const plans = usePlans(owner, pacer, reindex);
  const reviews = useReviews(owner);
  const me = useMe();
  const reviewer = useMemo(
    () => (owner ? { id: owner.userId, name: me.data?.displayName || me.data?.email || owner.userId } : null),
    [owner, me.data],
  );
  const orgAdmin = useOrgAdmin();
  // The one organization administrator the console can know: the signed-in user, once the check says so.
  const signedInAdmin = useMemo(
    () =>
      orgAdmin === "yes" && me.data?.id
        ? { id: me.data.id, email: me.data.email ?? null, givenName: me.data.givenName ?? null, surname: me.data.surname ?? null }
        : null,
    [orgAdmin, me.data],
  );
  // An access review is long work: its tab comes back after a reload (the other views open on People).
  const [view, setView] = useState<View>(() => (readReviewSession(VIEW) === "reviews" ? "reviews" : "people"));
  useEffect(() => writeReviewSession(VIEW, view), [view]);
  const [planId, setPlanId] = useState<string | null>(null);
  const interrupted = plans.plans.find((s) => s.progress?.status === "applying" && !plans.running.has(s.plan.id));
  const makers = usePlanMakers(index, plans, owner, loaded, (id) => {
    setPlanId(id);
    setView("plans");
  });
  const missing = useMemo(() => lackingOf(index.itwins), [index.itwins]);
  useEffect(() => {
    document.title = "Organization · iTwin Access Console";
  }, []);
  return (
    <Box>
      <Box sx={{ mb: 1 }}>
        <PageHeader title="Organization" />
      </Box>
      {!crawler || !progress || !loaded ? (
        <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center" }}>
          <CircularProgress size={20} /> Opening the organization index…
        </Box>
      ) : (
        <>
          <CrawlPanel crawler={crawler} progress={progress} lacking={missing} />
          <Tabs
            value={view}
            onChange={(_e, v: View) => setView(v)}
            aria-label="Organization views"
            variant="scrollable"
            scrollButtons="auto"
            allowScrollButtonsMobile
          >
            <Tab value="people" label="People" />
            <Tab value="roles" label="Roles and permissions" />
            <Tab value="itwins" label="iTwins" />
            <Tab value="templates" label="Role templates" />
            <Tab value="plans" label="Plans" />
            <Tab value="reviews" label="Access reviews" />
          </Tabs>
          <IncompleteNotice lacking={missing} />
          {view !== "plans" && interrupted ? (
            <Alert
              severity="info"
              sx={{ mt: 1 }}
              action={
                <Button
                  color="inherit"
                  onClick={() => {
                    setPlanId(interrupted.plan.id);
                    setView("plans");
                  }}
                >
                  Open plan
                </Button>
              }
            >
              Applying “<ServerName name={interrupted.plan.title} />” was interrupted. Open it to resume.
            </Alert>
          ) : null}
          <Box sx={{ pt: 2 }}>
            {view === "people" ? (
              <PeopleView
                view={index}
                signedInAdmin={signedInAdmin}
                onOffboard={(p) => void makers.offboard(p)}
                onSameAccess={makers.openSameAccess}
              />
            ) : null}
            {view === "roles" ? <HoldersView full={index.full} parsed={index.parsed} total={index.itwins.length} /> : null}
            {view === "itwins" ? <ITwinsTable itwins={index.itwins} crawler={crawler} onCopyMembers={makers.openCopyMembers} /> : null}
            {view === "templates" && owner ? <RoleTemplatesView view={index} owner={owner} onBringInLine={makers.bringInLine} /> : null}
            {view === "plans" ? (
              <PlansView
                plans={plans}
                selected={planId}
                onSelect={setPlanId}
                onImport={() => void makers.startImport()}
                onEditImport={makers.editImport}
                onCopyMembers={() => makers.openCopyMembers("")}
              />
            ) : null}
            {view === "reviews" && owner && reviewer ? (
              <ReviewsView index={index} owner={owner} reviewer={reviewer} reviews={reviews} refresh={reindex} plans={plans} />
            ) : null}
          </Box>
          <PlanMakerDialogs index={index} makers={makers} />
        </>
      )}
    </Box>
  );
}
