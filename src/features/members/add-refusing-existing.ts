// Adding someone who is already a member: the server may merge the roles into theirs (the answer then
// lists them with every role they hold) or refuse the whole request with 409 iTwinMemberAlreadyExists
// ("Member '<id>' already exists in iTwin '<id>'."). On a refusal the console takes the named member out
// and sends the rest again, so the others are still added, and says who was left as they were.
import { sameEmail } from "../../api/access-jobs";
import { isApiError } from "../../api/api-error";
import type { MemberInvitation, UserMember } from "../../api/wire";

export interface AddAnswer {
  members: UserMember[];
  invitations: MemberInvitation[];
  /** Already members; the server refused to add them again and their roles were not changed. */
  refusedExisting: UserMember[];
}

const MEMBER_ID = /member\s+'([^']+)'/i;

export function existingMemberIdOf(error: unknown): string | undefined {
  if (!isApiError(error) || error.status !== 409) return undefined;
  return MEMBER_ID.exec(error.message)?.[1];
}

export async function addLeavingExistingAlone(
  emails: readonly string[],
  send: (emails: string[]) => Promise<{ members: UserMember[]; invitations: MemberInvitation[] }>,
  findMember: (memberId: string) => Promise<UserMember>,
): Promise<AddAnswer> {
  let remaining = [...emails];
  const refusedExisting: UserMember[] = [];
  for (;;) {
    if (remaining.length === 0) return { members: [], invitations: [], refusedExisting };
    try {
      return { ...(await send(remaining)), refusedExisting };
    } catch (error) {
      const memberId = existingMemberIdOf(error);
      if (!memberId) throw error;
      const member = await findMember(memberId);
      const left = remaining.filter((e) => !sameEmail(e, member.email));
      // The server named someone who is not in the request: sending again would be refused again.
      if (left.length === remaining.length) throw error;
      refusedExisting.push(member);
      remaining = left;
    }
  }
}
