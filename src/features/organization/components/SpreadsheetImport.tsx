// The rows of an import plan: typed, pasted or picked from a file (kept with the plan, so a reload loses
// nothing), then the rows that cannot be imported — number, value, why, exportable — and the ones with
// nothing to do. The good rows are the plan reviewed below.
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useRef, useState } from "react";
import { ExportButtons } from "../../../components/ExportButtons";
import { ServerName } from "../../../components/ServerName";
import { plural } from "../../../lib/plural";
import { invitedPeople } from "../../../org/plan/import-csv";
import type { Plan } from "../../../org/plan/plan";

/** How long typing pauses before the rows are checked and stored. */
const SETTLE_MS = 400;
const PROBLEM_HEADER = ["Row", "Value", "Why it is not imported"];

export interface SpreadsheetImportProps {
  plan: Plan;
  /** False once applying started: the rows are then as they were sent. */
  editable: boolean;
  onEdit: (text: string, fileName: string | null) => Promise<void>;
  /** Whether an edit is still to be checked and stored (the plan below is then not yet the text's). */
  onPending: (pending: boolean) => void;
}

export function SpreadsheetImport({ plan, editable, onEdit, onPending }: SpreadsheetImportProps) {
  const source = plan.source!;
  const [text, setText] = useState(source.text);
  const [fileName, setFileName] = useState(source.fileName);
  const [fileError, setFileError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const latest = useRef({ text, fileName });
  // The newest callbacks, for the timer and for leaving the view (which outlive the render that set them).
  const callbacks = useRef({ onEdit, onPending });
  useEffect(() => {
    callbacks.current = { onEdit, onPending };
  });

  const commit = (nextText: string, nextName: string | null) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    void callbacks.current.onEdit(nextText, nextName).finally(() => {
      if (latest.current.text === nextText && latest.current.fileName === nextName) callbacks.current.onPending(false);
    });
  };
  const change = (nextText: string, nextName: string | null, now = false) => {
    setText(nextText);
    setFileName(nextName);
    latest.current = { text: nextText, fileName: nextName };
    callbacks.current.onPending(true);
    if (timer.current) clearTimeout(timer.current);
    if (now) commit(nextText, nextName);
    else timer.current = setTimeout(() => commit(nextText, nextName), SETTLE_MS);
  };
  // Typing not yet stored when the view goes away is stored all the same.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      const { onEdit: edit, onPending: pending } = callbacks.current;
      void edit(latest.current.text, latest.current.fileName).finally(() => pending(false));
    },
    [],
  );

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    try {
      change(await file.text(), file.name, true);
    } catch (error) {
      setFileError(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const nothingToDo = source.rows.filter((r) => r.changeId === null);
  const invited = invitedPeople(plan);

  return (
    <Box component="section" aria-label="Spreadsheet rows" sx={{ mb: 3 }}>
      {editable ? (
        <>
          <Typography sx={{ mb: 1 }}>
            One row per role: <strong>e-mail, iTwin (id or name), role</strong>. A header row is optional; commas, semicolons or tabs
            (pasted from a spreadsheet) all work.
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 1 }} useFlexGap>
            <Button variant="outlined" onClick={() => fileInput.current?.click()}>
              Choose a file…
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              hidden
              data-testid="import-file"
              onChange={(e) => {
                void pick(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
            {fileName ? (
              <Typography variant="body2">
                From <ServerName name={fileName} />
              </Typography>
            ) : null}
          </Stack>
          {fileError ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {fileError}
            </Alert>
          ) : null}
          <TextField
            label="Rows: e-mail, iTwin, role"
            multiline
            minRows={5}
            maxRows={16}
            fullWidth
            value={text}
            onChange={(e) => change(e.target.value, fileName)}
            onBlur={() => {
              if (timer.current) commit(latest.current.text, latest.current.fileName);
            }}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: "monospace" } } }}
          />
        </>
      ) : null}

      {source.problems.length ? (
        <Box component="section" aria-label="Rows not imported" sx={{ mt: 2 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <Typography variant="subtitle1" component="h4" role="status" data-testid="import-problems">
              {plural(source.problems.length, "row")} not imported
            </Typography>
            <ExportButtons
              basename="rows-not-imported"
              header={PROBLEM_HEADER}
              rows={() => source.problems.map((p) => [p.row, p.value, p.message])}
              what="rows not imported"
            />
          </Stack>
          <Table size="small" aria-label="Rows not imported">
            <TableHead>
              <TableRow>
                {PROBLEM_HEADER.map((h) => (
                  <TableCell key={h}>{h}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {source.problems.map((p, i) => (
                <TableRow key={`${p.row}-${i}`}>
                  <TableCell>{p.row}</TableCell>
                  <TableCell sx={{ wordBreak: "break-all" }}>{p.value}</TableCell>
                  <TableCell>{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : source.text.trim() ? (
        <Typography sx={{ mt: 2 }} role="status" data-testid="import-problems">
          Every row can be imported.
        </Typography>
      ) : null}

      {nothingToDo.length ? (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h4">
            Nothing to do for {plural(nothingToDo.length, "row")}: the role is held already
          </Typography>
          <List dense aria-label="Rows with nothing to do">
            {nothingToDo.map((r) => (
              <ListItem key={r.row} disableGutters>
                Row {r.row}: {r.email} already holds {r.roleName} on {r.iTwinName}.
              </ListItem>
            ))}
          </List>
        </Box>
      ) : null}

      {invited.length ? (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="import-invited">
          <AlertTitle>{plural(invited.length, "person", "people")} will be invited by e-mail</AlertTitle>
          The organization index does not know them: they get an invitation and become members when they accept it.
          <List dense>
            {invited.map((p) => (
              <ListItem key={p.email} disableGutters>
                {p.email}: {p.iTwins.join(", ")}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
    </Box>
  );
}
