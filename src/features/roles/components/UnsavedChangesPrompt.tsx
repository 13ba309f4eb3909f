// Unsaved matrix edits survive navigation attempts: leaving the page inside the console asks first
// (react-router's blocker), and closing or reloading the tab triggers the browser's own prompt.
import { useEffect } from "react";
import { useBlocker } from "react-router-dom";
import { ConfirmDialog } from "../../../components/ConfirmDialog";

export function UnsavedChangesPrompt({ count }: { count: number }) {
  const dirty = count > 0;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title="Leave without saving?"
      confirmLabel="Leave and discard"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      You have {count} unsaved {count === 1 ? "change" : "changes"} to roles. They will be lost if you leave this page.
    </ConfirmDialog>
  );
}
