// What the members paging scenarios check on the server side: how many user members the emulator holds,
// and the list requests the console sent, read back from the emulator's request log.
import type { APIRequestContext } from "@playwright/test";
import { DEFAULT_ITWIN_ID } from "../../emulator/demo-users";
import { memberOperations } from "../../src/api/operations/accesscontrol-members";
import type { UserMember } from "../../src/api/wire";
import { emulator } from "./emulator";
import type { LoggedRequest } from "./resilience";

/** Every user member of the iTwin, paged as the organization administrator reads them. */
export async function userMembersOnServer(request: APIRequestContext, iTwinId = DEFAULT_ITWIN_ID) {
  const all: UserMember[] = [];
  for (;;) {
    const page = await emulator(request).actAsOk(
      "admin",
      memberOperations.listUserMembers,
      { iTwinId },
      { query: { $top: 100, $skip: all.length } },
    );
    all.push(...page.members);
    if (page.members.length < 100) return all;
  }
}

export async function userMemberCount(request: APIRequestContext, iTwinId = DEFAULT_ITWIN_ID): Promise<number> {
  return (await userMembersOnServer(request, iTwinId)).length;
}

/** `$top` of a logged request, or undefined when it sent none. */
export function topOf(entry: LoggedRequest): number | undefined {
  const top = new URL(entry.url, "https://log.invalid").searchParams.get("$top");
  return top === null ? undefined : Number(top);
}

export function skipOf(entry: LoggedRequest): number {
  return Number(new URL(entry.url, "https://log.invalid").searchParams.get("$skip") ?? 0);
}

export function pathOfEntry(entry: LoggedRequest): string {
  return new URL(entry.url, "https://log.invalid").pathname;
}
