// One line of a member's role change: "Adding (2):" then each role as a chip, its name isolated.
import { Box, Chip, Typography } from "@mui/material";
import { ServerName } from "../../../components/ServerName";

export function DiffLine({
  label,
  ids,
  names,
  color,
}: {
  label: string;
  ids: string[];
  names: (id: string) => string;
  color: "success" | "error";
}) {
  if (ids.length === 0) return null;
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, alignItems: "center", mt: 0.5 }}>
      <Typography variant="body2" component="span" sx={{ mr: 0.5 }}>
        {label} ({ids.length}):
      </Typography>
      {ids.map((id) => (
        <Chip
          key={id}
          size="small"
          variant="outlined"
          color={color}
          sx={{ maxWidth: "100%" }}
          label={
            <>
              {color === "success" ? "+" : "−"} <ServerName name={names(id)} />
            </>
          }
        />
      ))}
    </Box>
  );
}
