import { Paper, Typography } from "@mui/material";

export function ComingSoon({ title }: { title: string }) {
  return (
    <Paper sx={{ p: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography>Coming soon.</Typography>
    </Paper>
  );
}
