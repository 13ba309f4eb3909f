// The frame around every signed-in page: app bar (iTwin picker, theme, user), section tabs, the
// rate-limit countdown, and the page itself.
import { useEffect } from "react";
import { AppBar, Box, Button, Container, IconButton, Toolbar, Typography } from "@mui/material";
import { LazyTooltip } from "../../components/LazyTooltip";
import DarkModeIcon from "@mui/icons-material/DarkMode";
import LightModeIcon from "@mui/icons-material/LightMode";
import { Link as RouterLink, Outlet, useLocation, useParams } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { PickerSlot } from "./PickerSlot";
import { useColorMode } from "../../components/theme";
import { routes, sectionOf } from "../../lib/routes";
import { SectionTabs } from "./SectionTabs";
import { UserMenu } from "./UserMenu";
import { useITwinPageTitle } from "./itwin-page-title";
import { RateLimitNotice, SessionPrompt } from "./DeferredParts";
import { ChangesButton } from "../change-log/ChangesButton";
import { useChangeLogSession } from "../change-log/change-log-session";
import { prefetchPagesWhenIdle } from "../page-modules";
import { prefetchITwinPage } from "../first-screen";
import { useApiClient } from "../../api/client-context";

export function AppShell({ postLogoutRedirectUri }: { postLogoutRedirectUri: string }) {
  const { iTwinId } = useParams();
  const location = useLocation();
  const section = sectionOf(location.pathname);
  const { mode, toggle } = useColorMode();
  const queryClient = useQueryClient();
  const client = useApiClient();
  useChangeLogSession();
  useEffect(() => prefetchPagesWhenIdle(queryClient), [queryClient]);

  // Pages outside an iTwin (start, not found) set their own titles.
  useITwinPageTitle(iTwinId, section.label);

  return (
    <Box sx={{ minHeight: "100vh", bgcolor: "background.default" }}>
      <AppBar position="sticky" color="default" elevation={1}>
        {/* Below about 700 px the controls wrap onto a second line instead of running off the edge. */}
        <Toolbar sx={{ gap: 2, flexWrap: "wrap", rowGap: 1 }}>
          <Typography variant="h6" component="div" sx={{ whiteSpace: "nowrap" }}>
            iTwin Access Console
          </Typography>
          <PickerSlot
            currentId={iTwinId}
            section={section.key}
            onChoose={(id) => prefetchITwinPage({ iTwinId: id, section: section.key }, queryClient, client)}
          />
          <Button component={RouterLink} to={routes.organization.to()} color="inherit">
            Organization
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          <LazyTooltip title={mode === "dark" ? "Switch to light theme" : "Switch to dark theme"}>
            <IconButton onClick={toggle} aria-label={mode === "dark" ? "Switch to light theme" : "Switch to dark theme"} color="inherit">
              {mode === "dark" ? <LightModeIcon /> : <DarkModeIcon />}
            </IconButton>
          </LazyTooltip>
          <ChangesButton />
          <UserMenu postLogoutRedirectUri={postLogoutRedirectUri} />
        </Toolbar>
        {iTwinId ? (
          <SectionTabs
            iTwinId={iTwinId}
            current={section.key}
            onOpen={(key) => prefetchITwinPage({ iTwinId, section: key }, queryClient, client)}
          />
        ) : null}
      </AppBar>
      <SessionPrompt />
      <RateLimitNotice />
      <Container component="main" maxWidth={false} sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </Box>
  );
}
