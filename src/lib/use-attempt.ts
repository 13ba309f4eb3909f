// One user-started piece of async work (re-create, add back): whether it is running, and what it failed
// with, so a notice can disable its buttons meanwhile and show the failure beside them.
import { useState } from "react";

export function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, run };
}
