// A line's note: saved a moment after typing stops (and on leaving the field), so a reload keeps it.
// A plain input styled by the lines' table (see LineRow), as a window of them mounts on every jump.
import { memo, useEffect, useRef, useState } from "react";
import type { Decision, ReviewLine } from "../../../../org/review/campaign";

const NOTE_SAVE_MS = 400;

export const NoteField = memo(function NoteField({
  line,
  label,
  decision,
  onNote,
  locked,
}: {
  line: ReviewLine;
  label: string;
  decision: Decision | undefined;
  onNote: (lineId: string, note: string) => void;
  locked: boolean;
}) {
  const saved = decision?.note ?? "";
  const [draft, setDraft] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A note changed elsewhere (a bulk decision with a note, an import) replaces an idle field's text.
  useEffect(() => {
    if (!timer.current) setDraft(saved);
  }, [saved]);
  const flush = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text.trim() !== saved) onNote(line.id, text);
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return (
    <input
      className="review-note"
      value={draft}
      disabled={!decision || locked}
      placeholder={decision ? "Note" : "Decide first"}
      aria-label={`Note: ${label}`}
      data-col="note"
      maxLength={500}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(text), NOTE_SAVE_MS);
      }}
      onBlur={() => flush(draft)}
    />
  );
});
