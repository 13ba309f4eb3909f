// Renames under /__emulator: what another tool (the iTwins portal, the identity directory) may have
// named a thing, however long or odd, so a test can show how the console renders a hostile name. Only
// the given fields change; ids and memberships stay.
import { namedUserId } from "../demo-users";
import type { Store } from "../data/store";
import { sameText } from "./same-text";

export type RenameAnswer = { status: number; body: unknown };

const notFound = (code: string, message: string): RenameAnswer => ({ status: 404, body: { error: { code, message } } });
const invalid = (message: string): RenameAnswer => ({ status: 400, body: { error: { code: "InvalidRequest", message } } });
const text = (v: unknown): v is string => typeof v === "string";

/** {iTwinId, displayName}: the iTwin's display name. */
export function renameITwin(store: Store, body: Record<string, unknown>): RenameAnswer {
  if (!text(body.iTwinId) || !text(body.displayName) || body.displayName === "")
    return invalid("rename-itwin needs iTwinId and displayName.");
  // The store keys iTwins by their lowercased id, as the routes look them up.
  const itwin = store.itwins.get(body.iTwinId.toLowerCase());
  if (!itwin) return notFound("iTwinNotFound", "Requested iTwin is not available.");
  itwin.displayName = body.displayName;
  return { status: 200, body: { id: itwin.id, displayName: itwin.displayName } };
}

/** {user (demo key, id or e-mail), givenName?, surname?, organization?}: the person's profile as the directory has it. */
export function renameUser(store: Store, body: Record<string, unknown>): RenameAnswer {
  const who = text(body.user) ? body.user : "";
  const id = store.usersByEmail.get(who.toLowerCase()) ?? namedUserId(who);
  const user = store.users.get(id);
  if (!user) return notFound("UserNotFound", "Requested user is not available.");
  for (const field of ["givenName", "surname", "organization"] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (!text(value)) return invalid(`rename-user: ${field} must be a string.`);
    user[field] = value;
  }
  return { status: 200, body: { id: user.id, givenName: user.givenName, surname: user.surname, organization: user.organization } };
}

/** {iTwinId, email (the invitee's now), newEmail?, invitedByEmail?}: every pending invitation of that invitee on the iTwin. */
export function renameInvitation(store: Store, body: Record<string, unknown>): RenameAnswer {
  if (!text(body.iTwinId) || !text(body.email)) return invalid("rename-invitation needs iTwinId and email.");
  const itwin = store.itwins.get(body.iTwinId.toLowerCase());
  if (!itwin) return notFound("iTwinNotFound", "Requested iTwin is not available.");
  const email = body.email.toLowerCase();
  const invitations = itwin.invitations.filter((i) => sameText(i.email, email));
  if (invitations.length === 0) return notFound("InvitationNotFound", "Requested invitation is not available.");
  for (const inv of invitations) {
    if (text(body.newEmail)) inv.email = body.newEmail;
    if (text(body.invitedByEmail)) inv.invitedByEmail = body.invitedByEmail;
  }
  return { status: 200, body: { renamed: invitations.length } };
}
