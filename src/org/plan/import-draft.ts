// What a plan made from spreadsheet rows keeps of them: the text as given (so the input survives a
// reload and can be edited until the plan is applied), the rows that could not be taken, and where each
// good row went. Plain data, validated with the plan when read back from IndexedDB.
import { z } from "zod";

export const RowProblem = z.object({
  /** The row's number in the spreadsheet, 1-based, the header row included. */
  row: z.number(),
  /** The cell (or the whole row) the message is about. */
  value: z.string(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof RowProblem>;

export const ImportedRow = z.object({
  row: z.number(),
  email: z.string(),
  iTwinId: z.string(),
  iTwinName: z.string(),
  roleId: z.string(),
  roleName: z.string(),
  /** The change carrying it; null when the person already holds the role (nothing to do). */
  changeId: z.string().nullable(),
});
export type ImportedRow = z.infer<typeof ImportedRow>;

export const ImportDraft = z.object({
  text: z.string(),
  fileName: z.string().nullable(),
  problems: z.array(RowProblem),
  rows: z.array(ImportedRow),
});
export type ImportDraft = z.infer<typeof ImportDraft>;
