// Binds the console's change log to the signed-in account: the log kept for this account in this
// browser session is shown (after a reload too), another account's never is.
import { useMsal } from "@azure/msal-react";
import { changeLog } from "../../lib/change-log";

export function useChangeLogSession(): void {
  const { instance, accounts } = useMsal();
  const account = instance.getActiveAccount() ?? accounts[0];
  // During render, not in an effect: the Changes button's first render must already show the stored log.
  // openSession does nothing while the account stays the same.
  if (account) changeLog.openSession(account.homeAccountId);
}
