// The Integration packages page: the organization's subscribed packages, the chosen package's details,
// and which iTwin roles of this iTwin may use it. The chosen package lives in the URL (?package=…), so a
// reload or a shared link opens the same one.
import { useCallback, useState } from "react";
import { Box, Button, CircularProgress, Paper, Stack, Typography } from "@mui/material";
import { useParams, useSearchParams } from "react-router-dom";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { usePackages } from "../api/get-packages";
import { AssignmentEditor } from "./AssignmentEditor";
import { PackageDetails } from "./PackageDetails";
import { PackageList } from "./PackageList";
import { PackagesOverview } from "./PackagesOverview";
import { UrlTabs, useUrlTab } from "../../../components/UrlTabs";
import { PACKAGE_VIEWS, shownPackage } from "../package-views";

const VIEWS = PACKAGE_VIEWS;
import { edfsOperations } from "../../../api/operations/edfs";
import { permissionOf } from "../../../api/operations/define";
import { PageHeader } from "../../../components/PageHeader";
import { ServerName } from "../../../components/ServerName";

export function PackagesPage() {
  const { iTwinId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const packages = usePackages();
  const [view, setView] = useUrlTab(VIEWS);
  const [dirty, setDirty] = useState(false);
  const [pendingSwitch, setPendingSwitch] = useState<string>();
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  if (packages.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
        <CircularProgress size={20} /> Loading packages…
      </Box>
    );
  }
  if (packages.isError) {
    return (
      <ApiErrorAlert
        error={packages.error}
        action="Viewing integration packages"
        requiredPermission={permissionOf(edfsOperations.listPackages)}
        onRetry={() => void packages.refetch()}
      />
    );
  }

  const list = packages.data;
  const requested = params.get("package") ?? undefined;
  const selected = shownPackage(list, params);
  const select = (uniqueName: string) => setParams({ package: uniqueName });
  const requestSelect = (uniqueName: string) => {
    if (uniqueName === selected?.uniqueName) return;
    if (dirty) setPendingSwitch(uniqueName);
    else select(uniqueName);
  };

  return (
    <Stack spacing={2}>
      <PageHeader title="Integration packages" count={list.length} />
      {list.length === 0 ? (
        <Paper sx={{ p: 3 }} data-testid="no-packages">
          <Typography variant="h6" component="h2" gutterBottom>
            Your organization does not subscribe to any integration package
          </Typography>
          <Typography sx={{ mb: 2 }}>
            Subscribe to a package in the Bentley Integration Catalogue; it then appears here and you can decide which iTwin roles may run
            it.
          </Typography>
          <Button variant="outlined" onClick={() => void packages.refetch()}>
            Check again
          </Button>
        </Paper>
      ) : (
        <UrlTabs tabs={VIEWS} value={view} onChange={setView} label="Package views" idPrefix="packages">
          {view === "all" ? <PackagesOverview iTwinId={iTwinId} packages={list} /> : null}
          {view === "one" ? (
            <>
              {requested && requested !== selected?.uniqueName ? (
                <Typography color="warning.main" role="status">
                  The package “<ServerName name={requested} />” is not among your organization’s subscriptions; showing{" "}
                  <ServerName name={selected?.name ?? ""} /> instead.
                </Typography>
              ) : null}
              <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: "flex-start" }}>
                <Box sx={{ width: { xs: "100%", md: 340 }, flexShrink: 0 }}>
                  <PackageList packages={list} selected={selected?.uniqueName} onSelect={requestSelect} />
                </Box>
                <Box sx={{ flex: 1, minWidth: 0, width: "100%" }}>
                  {selected ? <PackageDetails uniqueName={selected.uniqueName} /> : null}
                </Box>
              </Stack>
              {selected ? (
                <AssignmentEditor
                  key={selected.uniqueName}
                  iTwinId={iTwinId}
                  uniqueName={selected.uniqueName}
                  onDirtyChange={onDirtyChange}
                />
              ) : null}
            </>
          ) : null}
        </UrlTabs>
      )}
      <ConfirmDialog
        open={pendingSwitch !== undefined}
        title="Leave unsaved changes?"
        confirmLabel="Discard and switch"
        destructive
        onConfirm={() => {
          if (pendingSwitch) select(pendingSwitch);
          setPendingSwitch(undefined);
          setDirty(false);
        }}
        onCancel={() => setPendingSwitch(undefined)}
      >
        The assignments of this package have changes that are not saved. Switching to another package discards them.
      </ConfirmDialog>
    </Stack>
  );
}
