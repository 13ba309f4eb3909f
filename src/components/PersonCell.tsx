// A person as a table cell: their name, and under it their e-mail when it says more than the name.
import { TableCell, Typography } from "@mui/material";
import { ServerName } from "./ServerName";

export function PersonCell({ name, email }: { name: string; email: string | null | undefined }) {
  return (
    <TableCell sx={{ overflowWrap: "anywhere" }}>
      <ServerName name={name} />
      {email && email !== name ? (
        <Typography variant="body2" color="text.secondary">
          <ServerName name={email} />
        </Typography>
      ) : null}
    </TableCell>
  );
}
