// "7 people can change access (2 owners)" with a link to the Privileged view, so an administrator sees
// at once when too many can. Quiet while loading; says nothing it does not know.
import { useEffect, useState } from "react";
import { Alert, Link } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { usePrivilegedAccess } from "../api/queries/privileged-access";
import { useCan } from "../api/queries/my-permissions";
import { routes } from "../lib/routes";

/** Above this many people who can change access, the count is a warning. */
export const MANY_PRIVILEGED = 10;

export function PrivilegedCount({ iTwinId }: { iTwinId: string }) {
  // The count needs the roles' permissions, which only role managers can read.
  const canRead = useCan(iTwinId, "administration_manage_roles");
  // Every member is needed: wait until the page's own first requests are done (the browser is idle).
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const request = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = request(() => setIdle(true));
    return () => cancel(handle);
  }, []);
  const { summary } = usePrivilegedAccess(iTwinId, canRead.allowed && idle);
  if (!canRead.allowed || !summary) return null;
  const many = summary.people.length > MANY_PRIVILEGED;
  return (
    <Alert severity={many ? "warning" : "info"} data-testid="privileged-count" role="status">
      {`${summary.people.length} ${summary.people.length === 1 ? "person" : "people"} can change access on this iTwin: ${summary.owners} owner${summary.owners === 1 ? "" : "s"}, ${summary.byRole} through roles${many ? " — more than " + MANY_PRIVILEGED : ""}. `}
      <Link component={RouterLink} to={routes.privileged.to({ iTwinId })}>
        See who and why
      </Link>
    </Alert>
  );
}
