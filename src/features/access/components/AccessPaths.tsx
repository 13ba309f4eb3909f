// How a permission or role reaches a person, one line per path: a direct role, or a group → role.
import { Box, Chip, Stack, Typography } from "@mui/material";
import type { AccessPath } from "../effective-access";
import { ServerName } from "../../../components/ServerName";

export function AccessPaths({ paths }: { paths: readonly AccessPath[] }) {
  return (
    <Stack component="ul" spacing={0.5} sx={{ listStyle: "none", m: 0, p: 0 }}>
      {paths.map((p, i) => (
        <Box component="li" key={i} sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }} data-testid="access-path">
          {p.kind === "direct" ? (
            <>
              <Chip size="small" label="Direct" variant="outlined" />
              <Typography variant="body2">
                role <ServerName name={p.role.displayName} />
              </Typography>
            </>
          ) : (
            <>
              <Chip size="small" label="Via group" color="secondary" variant="outlined" />
              <Typography variant="body2">
                <ServerName name={p.groupName} /> → role <ServerName name={p.role.displayName} />
              </Typography>
            </>
          )}
        </Box>
      ))}
    </Stack>
  );
}
