// The route tree. Feature pages load lazily so the first route stays close to the stack's floor.
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { createBrowserRouter, Outlet, useLocation, useParams } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "../api/client-context";
import { iTwinPageOf, prefetchITwinPage } from "./first-screen";
import { Box, CircularProgress } from "@mui/material";
import { RequireAuth } from "../auth/RequireAuth";
import { ITwinGate } from "../features/itwins/components/ITwinGate";
import { AppShell } from "./shell/AppShell";
import { FirstSection } from "./shell/FirstSection";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { iTwinSections, routes } from "../lib/routes";
import { outsidePages, pages } from "./page-modules";

// Pages a deep link to an iTwin's section never shows: loaded when first visited.
const HomePage = lazy(() => import("../features/itwins/components/HomePage").then((m) => ({ default: m.HomePage })));
const SignedOutPage = lazy(() => import("./shell/SignedOutPage").then((m) => ({ default: m.SignedOutPage })));
const NotFoundPage = lazy(() => import("./shell/NotFoundPage").then((m) => ({ default: m.NotFoundPage })));

// Built once: each section's page as a lazy element under the iTwin layout.
const sectionRoutes = iTwinSections.map((section) => {
  const SectionPage = pages[section.key].Component;
  return {
    path: section.path,
    element: (
      <Page>
        <SectionPage />
      </Page>
    ),
  };
});

function Loading() {
  return (
    <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
      <CircularProgress size={20} /> Loading…
    </Box>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function ITwinSectionLayout() {
  const { iTwinId = "" } = useParams();
  const { pathname, search } = useLocation();
  const section = iTwinPageOf(pathname)?.section ?? null;
  const queryClient = useQueryClient();
  const client = useApiClient();
  // Arriving by any way (back, a link): the page's requests start together rather than part by part.
  useEffect(() => prefetchITwinPage({ iTwinId, section, search }, queryClient, client), [iTwinId, section, search, queryClient, client]);
  return (
    <ITwinGate iTwinId={iTwinId} key={iTwinId}>
      <Outlet />
    </ITwinGate>
  );
}

export function createRouter(opts: { scopes: string[]; postLogoutRedirectUri: string }) {
  return createBrowserRouter([
    {
      path: routes.signedOut.path,
      element: (
        <Page>
          <SignedOutPage />
        </Page>
      ),
    },
    {
      element: (
        <RequireAuth scopes={opts.scopes}>
          <AppShell postLogoutRedirectUri={opts.postLogoutRedirectUri} />
        </RequireAuth>
      ),
      children: [
        {
          path: routes.home.path,
          element: (
            <Page>
              <HomePage />
            </Page>
          ),
        },
        {
          path: routes.organization.path,
          element: (
            <Page>
              <outsidePages.organization.Component />
            </Page>
          ),
        },
        {
          path: routes.iTwin.path,
          element: <ITwinSectionLayout />,
          children: [{ index: true, element: <FirstSection /> }, ...sectionRoutes],
        },
        {
          path: "*",
          element: (
            <Page>
              <NotFoundPage />
            </Page>
          ),
        },
      ],
    },
  ]);
}
