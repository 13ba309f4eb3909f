// "7 people can change access (2 owners)" with a link to the Privileged view, so an administrator sees
// at once when too many can. Quiet while loading; says nothing it does not know.
import { useEffect, useState } from "react";
import { Alert, Button, Link } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { usePrivilegedAccess } from "../api/queries/privileged-access";
import { useCan } from "../api/queries/my-permissions";
import { routes } from "../lib/routes";
import { PAGE_SIZE } from "../api/paging";
import { pluralNoun } from "../lib/plural";

/** Above this many people who can change access, the count is a warning. */
export const MANY_PRIVILEGED = 10;
/**
 * Counting needs every member. Up to this many pages of them (500 members) it happens by itself; a larger
 * iTwin is counted when asked, as loading 20 000 members takes 200 requests of the budget every user of
 * the console shares; still when asked once they are all loaded for something else, as the count then
 * reads every group and owner too.
 */
export const AUTO_COUNT_PAGES = 5;

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
  const [asked, setAsked] = useState(false);
  const { summary, stopped, loadedMembers, allMembersLoaded } = usePrivilegedAccess(
    iTwinId,
    canRead.allowed && idle,
    asked ? Infinity : AUTO_COUNT_PAGES,
  );
  if (canRead.allowed && stopped && !asked)
    return (
      <Alert
        severity="info"
        data-testid="privileged-count-offer"
        action={
          <Button color="inherit" size="small" onClick={() => setAsked(true)}>
            Count
          </Button>
        }
      >
        {allMembersLoaded
          ? `Who can change access on this iTwin is counted over its ${loadedMembers} members, its groups and owners: counting reads the groups and owners.`
          : `Who can change access on this iTwin is counted over every member, and it has more than ${AUTO_COUNT_PAGES * PAGE_SIZE}: counting loads them all.`}
      </Alert>
    );
  if (canRead.allowed && asked && !summary)
    return (
      <Alert severity="info" role="status" data-testid="privileged-count-progress">
        {`Counting who can change access on this iTwin… ${loadedMembers} ${pluralNoun(loadedMembers, "member")} loaded.`}
      </Alert>
    );
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
