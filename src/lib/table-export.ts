// A table exported exactly as shown: the same columns (by their header labels) and the same rows, as
// CSV or as JSON (one object per row, keyed by the header labels).
import { downloadFile, toCsv, type CsvCell } from "./csv";

export type ExportFormat = "csv" | "json";

/** One object per row, keyed by the header labels (for a JSON export that carries more than the table). */
export function jsonRows(header: string[], rows: CsvCell[][]): Record<string, CsvCell>[] {
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

export function toJsonRows(header: string[], rows: CsvCell[][]): string {
  return JSON.stringify(jsonRows(header, rows), null, 2);
}

/** Downloads `<basename>.csv` or `<basename>.json`. */
export function exportTable(basename: string, header: string[], rows: CsvCell[][], format: ExportFormat): void {
  if (format === "csv") downloadFile(`${basename}.csv`, toCsv(header, rows));
  else downloadFile(`${basename}.json`, toJsonRows(header, rows), "application/json");
}
