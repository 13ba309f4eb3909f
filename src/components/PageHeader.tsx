// The heading every section page opens with: its one h1, an optional count beside it and an optional
// line saying what the page is for, so each page reads the same way to eyes and to screen readers.
import type { ReactNode } from "react";
import { Stack, Typography } from "@mui/material";

interface Props {
  title: string;
  /** Shown quietly after the title, e.g. how many roles the iTwin has; left out while unknown. */
  count?: number;
  description?: ReactNode;
}

export function PageHeader({ title, count, description }: Props) {
  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        {title}
        {count !== undefined ? (
          <Typography component="span" color="text.secondary">
            {" "}
            ({count})
          </Typography>
        ) : null}
      </Typography>
      {description ? <Typography color="text.secondary">{description}</Typography> : null}
    </Stack>
  );
}
