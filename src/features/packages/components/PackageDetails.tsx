// One package's details (getPackage): who subscribed when, the last change, and the input/response examples.
import { Fragment, type ReactNode } from "react";
import { Box, CircularProgress, Paper, Stack, Typography } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { isNotFound, NotFoundNotice } from "../../../components/NotFoundNotice";
import { usePackageDetails } from "../api/get-package-details";
import { packageKeys } from "../api/package-keys";
import { edfsOperations } from "../../../api/operations/edfs";
import { permissionOf } from "../../../api/operations/define";
import { ServerName } from "../../../components/ServerName";

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "—");

/** Examples are strings that contain JSON; pretty-printed when they parse, shown as they are otherwise. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function PackageDetails({ uniqueName }: { uniqueName: string }) {
  const details = usePackageDetails(uniqueName);
  const queryClient = useQueryClient();
  if (details.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
        <CircularProgress size={20} /> Loading package details…
      </Box>
    );
  }
  if (details.isError && isNotFound(details.error)) {
    return (
      <NotFoundNotice
        title={
          <>
            The package “<ServerName name={uniqueName} />” no longer exists
          </>
        }
        backLabel="Reload the package list"
        onBack={() => void queryClient.invalidateQueries({ queryKey: packageKeys.list() })}
      >
        It was removed or unsubscribed since the list was loaded.
      </NotFoundNotice>
    );
  }
  if (details.isError) {
    return (
      <ApiErrorAlert
        error={details.error}
        action="Loading the package details"
        requiredPermission={permissionOf(edfsOperations.getPackage)}
        onRetry={() => void details.refetch()}
      />
    );
  }
  const d = details.data;
  const facts: [string, ReactNode][] = [
    ["Unique name", <ServerName key="u" name={d.uniqueName} />],
    ["Version", d.version],
    ["Stage", d.projectStage ?? "—"],
    ["OData", d.isOdata ? "yes" : "no"],
    [
      "Subscribed",
      <Fragment key="s">
        {when(d.subscribedOn)}
        {d.subscribedByName ? (
          <>
            {" by "}
            <ServerName name={d.subscribedByName} />
          </>
        ) : null}
      </Fragment>,
    ],
    ["Last change", when(d.lastChange)],
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-labelledby="package-details-title">
      <Typography id="package-details-title" variant="h6" component="h2" sx={{ overflowWrap: "anywhere" }}>
        <ServerName name={d.name} />
      </Typography>
      {d.description ? (
        <Typography sx={{ mb: 1 }}>
          <ServerName name={d.description} />
        </Typography>
      ) : null}
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: 2, rowGap: 0.5, m: 0 }}>
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: "contents" }}>
            <Typography component="dt" color="text.secondary" variant="body2">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 1 }}>
        {(
          [
            ["Input example", d.inputExample],
            ["Response example", d.responseExample],
          ] as const
        ).map(([label, text]) =>
          text ? (
            <Box key={label} sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="overline" component="h3">
                {label}
              </Typography>
              <Box component="pre" sx={{ m: 0, p: 1, bgcolor: "action.hover", borderRadius: 1, overflow: "auto", fontSize: "0.75rem" }}>
                {pretty(text)}
              </Box>
            </Box>
          ) : null,
        )}
      </Stack>
    </Paper>
  );
}
