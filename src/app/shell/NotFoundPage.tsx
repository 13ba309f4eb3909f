import { Button, Paper, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { routes } from "../../lib/routes";
import { usePageTitle } from "../../components/page-title";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <Paper sx={{ m: 3, p: 4, maxWidth: 640 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography>There is no page at this address.</Typography>
      <Button component={RouterLink} to={routes.home.to()} variant="contained" sx={{ mt: 3 }}>
        Go to the start page
      </Button>
    </Paper>
  );
}
