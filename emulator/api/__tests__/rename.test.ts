// @vitest-environment node
// The rename controls: an iTwin, a person and an invitation read back, through the API, with the name a
// test gave them — and an unknown one is a 404, not a silent no-op.
import { describe, expect, it } from "vitest";
import { DEFAULT_ITWIN_ID, demoUser } from "../../demo-users";
import { ControlError } from "../control-client";
import { memberOperations } from "../../../src/api/operations/accesscontrol-members";
import { freshHarnessPerTest } from "./harness";

const SPOOF = "Bridge\u202Egnp.exe";

const h = freshHarnessPerTest();

describe("rename controls", () => {
  it("an iTwin's new display name is what the iTwins API answers", async () => {
    await h.controls.renameITwin(DEFAULT_ITWIN_ID, SPOOF);
    const r = await h.api("GET", `/itwins/${DEFAULT_ITWIN_ID}`, { as: "manager" });
    expect(r.body.iTwin.displayName).toBe(SPOOF);
  });

  it("a person's new profile is what the owners list answers", async () => {
    const long = "L".repeat(300);
    await h.controls.actAsOk(
      "admin",
      memberOperations.addOwner,
      { iTwinId: DEFAULT_ITWIN_ID },
      { body: { email: demoUser("reader").email } },
    );
    await h.controls.renameUser("reader", { givenName: long });
    const r = await h.api("GET", `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}/members/owners`, { as: "admin" });
    const rita = (r.body.members as { id: string; givenName: string }[]).find((m) => m.id === demoUser("reader").id);
    expect(rita?.givenName).toBe(long);
  });

  it("an invitation's new e-mail is what the invitations list answers; an unknown one is refused", async () => {
    const list = await h.api("GET", `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}/members/invitations`, { as: "admin" });
    const first = (list.body.invitations as { email: string }[])[0]!;
    await h.controls.renameInvitation(DEFAULT_ITWIN_ID, first.email, { newEmail: `${SPOOF}@example.com` });
    const after = await h.api("GET", `/accesscontrol/itwins/${DEFAULT_ITWIN_ID}/members/invitations`, { as: "admin" });
    expect((after.body.invitations as { email: string }[]).map((i) => i.email)).toContain(`${SPOOF}@example.com`);
    await expect(h.controls.renameInvitation(DEFAULT_ITWIN_ID, "nobody@nowhere.example", { newEmail: "x" })).rejects.toBeInstanceOf(
      ControlError,
    );
  });
});
