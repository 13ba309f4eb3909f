// "Give someone the same access…": whom to give it to (a person of the index, or any e-mail address, who
// is then invited) and on which of the other person's iTwins; the plan is then reviewed like any other.
// What is typed and picked is handed up as it changes, so that a reload reopens the dialog as it was.
import {
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  List,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useMemo, useRef, useState } from "react";
import { sameEmail } from "../../../api/access-jobs";
import { ServerName } from "../../../components/ServerName";
import { parseEmails } from "../../../lib/email-list";
import { accessOf, type PeopleIndex, type Person } from "../../../org/index-queries";
import type { SameAccessDraft } from "../../../org/plan/maker-draft";
import { recipientOf, type Recipient } from "../../../org/plan/same-access";
import type { OrgView } from "../use-org-index";
import { useAttempt } from "../../../lib/use-attempt";
import { MakePlanActions } from "./MakePlanActions";

/** What the dialog holds, kept so that a reload reopens it as it was. */
export type SameAccessInput = Pick<SameAccessDraft, "text" | "recipient" | "leftOut">;

export interface SameAccessDialogProps {
  view: OrgView;
  /** Whose access is given. */
  source: Person;
  /** The input it opens with (after a reload). */
  initial?: SameAccessInput | undefined;
  /** Told of every change of the input. */
  onInput?: (input: SameAccessInput) => void;
  onCancel: () => void;
  /** `iTwinIds` undefined: every iTwin of the source. */
  onMake: (recipient: Recipient, iTwinIds: string[] | undefined) => Promise<void>;
}

function RecipientField({
  all,
  source,
  text,
  setText,
  onPick,
}: {
  all: PeopleIndex;
  source: Person;
  text: string;
  setText: (text: string) => void;
  onPick: (r: Recipient) => void;
}) {
  const found = useMemo(() => all.search(text, 8).filter((p) => p.id !== source.id), [all, text, source.id]);
  const { emails } = parseEmails(text);
  const email = emails.length === 1 && text.trim() === emails[0] ? emails[0] : null;
  // Searched, not listed: only the people whose text holds the address are made (the directory is read lazily).
  const known = email ? all.search(email, Number.POSITIVE_INFINITY).find((p) => sameEmail(p.email, email)) : undefined;
  return (
    <Stack spacing={1}>
      <TextField
        label="Give access to (name or e-mail)"
        value={text}
        onChange={(e) => setText(e.target.value)}
        size="small"
        fullWidth
        autoFocus
      />
      {found.length ? (
        <List dense aria-label="People to give access to">
          {found.map((p) => (
            <ListItemButton key={p.id} disabled={!p.email} onClick={() => onPick(recipientOf(p)!)}>
              <ListItemText
                primary={<ServerName name={p.name} />}
                secondary={p.email ? <ServerName name={p.email} /> : "missing user: no e-mail"}
              />
            </ListItemButton>
          ))}
        </List>
      ) : null}
      {email && !known ? (
        <Button variant="outlined" onClick={() => onPick({ id: null, email, name: email })} sx={{ alignSelf: "flex-start" }}>
          Invite {email} (not in the index)
        </Button>
      ) : null}
    </Stack>
  );
}

export function SameAccessDialog({ view, source, initial, onInput, onCancel, onMake }: SameAccessDialogProps) {
  const [text, setText] = useState(initial?.text ?? "");
  const [recipient, setRecipient] = useState<Recipient | null>(initial?.recipient ?? null);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set(initial?.leftOut));
  const latestInput = useRef(onInput);
  latestInput.current = onInput;
  useEffect(() => latestInput.current?.({ text, recipient, leftOut: [...left] }), [text, recipient, left]);
  const making = useAttempt();
  const places = useMemo(() => (view.full ? accessOf(view.full, source.id) : null), [view.full, source.id]);
  const chosen = places?.filter((a) => !left.has(a.iTwinId)) ?? [];
  const make = async () => {
    if (!recipient || !places) return;
    await making.run(() => onMake(recipient, left.size === 0 ? undefined : chosen.map((a) => a.iTwinId)));
  };
  return (
    <Dialog open onClose={making.busy ? undefined : onCancel} aria-labelledby="same-access-title" fullWidth maxWidth="sm">
      <DialogTitle id="same-access-title">Give someone the same access as {source.name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {recipient ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
              <Typography data-testid="same-access-recipient">
                To: <ServerName name={recipient.name} />
                {recipient.id === null ? " (not in the index: invited)" : ""}
              </Typography>
              <Button size="small" onClick={() => setRecipient(null)}>
                Change
              </Button>
            </Stack>
          ) : (
            <RecipientField all={view.people} source={source} text={text} setText={setText} onPick={setRecipient} />
          )}
          {!places ? (
            <Typography role="status">
              Reading the index: {view.parsed} of {view.itwins.length} iTwins…
            </Typography>
          ) : places.length === 0 ? (
            <Typography>{source.name} has no access on any indexed iTwin: there is nothing to give.</Typography>
          ) : (
            <FormGroup aria-label={`iTwins of ${source.name}`}>
              <Typography variant="subtitle2" component="p">
                On these iTwins of {source.name} ({chosen.length} of {places.length})
              </Typography>
              {places.map((a) => (
                <FormControlLabel
                  key={a.iTwinId}
                  control={
                    <Checkbox
                      checked={!left.has(a.iTwinId)}
                      onChange={(e) =>
                        setLeft((s) => {
                          const next = new Set(s);
                          if (e.target.checked) next.delete(a.iTwinId);
                          else next.add(a.iTwinId);
                          return next;
                        })
                      }
                    />
                  }
                  label={<ServerName name={a.iTwinName} />}
                />
              ))}
            </FormGroup>
          )}
        </Stack>
      </DialogContent>
      <MakePlanActions making={making} ready={!!recipient && chosen.length > 0} onCancel={onCancel} onMake={() => void make()} />
    </Dialog>
  );
}
