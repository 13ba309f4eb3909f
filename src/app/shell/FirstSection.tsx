// The bare iTwin address (where the start page sends you) opens the first section this person can use,
// from their own permissions on the iTwin: a reader starts on Members, not on a "not allowed" page.
import { Navigate, useParams } from "react-router-dom";
import { Box, CircularProgress } from "@mui/material";
import { useMyPermissions } from "../../api/queries/my-permissions";
import { iTwinSections, sectionRoutes } from "../../lib/routes";

export function FirstSection() {
  const { iTwinId = "" } = useParams();
  const permissions = useMyPermissions(iTwinId);
  if (permissions.isPending) {
    return (
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", p: 2 }} role="status">
        <CircularProgress size={20} /> Opening the iTwin…
      </Box>
    );
  }
  // Unknown permissions (the read failed): the first section, whose page explains what went wrong.
  const held = permissions.data;
  const first = held ? iTwinSections.find((s) => s.permission === null || held.has(s.permission)) : undefined;
  return <Navigate to={(first ?? sectionRoutes.roles).to({ iTwinId })} replace />;
}
