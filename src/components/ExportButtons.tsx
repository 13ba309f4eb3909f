// "Export CSV" and "Export JSON" beside a table: both write what the table shows (see lib/table-export).
import { Button } from "@mui/material";
import type { CsvCell } from "../lib/csv";
import { exportTable, type ExportFormat } from "../lib/table-export";

export interface ExportButtonsProps {
  basename: string;
  header: string[];
  /** Called on click, so a large table is only turned into cells when someone exports it. */
  rows: () => CsvCell[][];
  /** Said by screen readers after "Export CSV", when several tables on a page export. */
  what?: string;
}

export function ExportButtons({ basename, header, rows, what }: ExportButtonsProps) {
  const button = (format: ExportFormat, label: string) => (
    <Button size="small" aria-label={what ? `${label} (${what})` : undefined} onClick={() => exportTable(basename, header, rows(), format)}>
      {label}
    </Button>
  );
  return (
    <>
      {button("csv", "Export CSV")}
      {button("json", "Export JSON")}
    </>
  );
}
