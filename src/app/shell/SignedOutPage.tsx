import { Button, Paper, Typography } from "@mui/material";
import { useEffect } from "react";
import { changeLog } from "../../lib/change-log";
import { forgetAllBulkJobs } from "../../features/access/bulk-job-storage";

export function SignedOutPage() {
  useEffect(() => {
    document.title = "Signed out · iTwin Access Console";
    // Also when the session ended elsewhere: nothing of the last account's changes stays in this tab.
    changeLog.endSession();
    forgetAllBulkJobs();
    // The provider returns here with MSAL's state parameter: nothing a person needs in the address bar.
    if (window.location.search) window.history.replaceState(null, "", window.location.pathname);
  }, []);
  return (
    <Paper component="main" sx={{ m: "10vh auto", p: 4, maxWidth: 520 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        You are signed out
      </Typography>
      <Typography sx={{ mb: 3 }}>Your session with the iTwin Access Console has ended on this device.</Typography>
      <Button variant="contained" href="/">
        Sign in again
      </Button>
    </Paper>
  );
}
