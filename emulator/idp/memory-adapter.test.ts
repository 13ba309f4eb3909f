// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createMemoryAdapter } from "./memory-adapter";

function setup() {
  let clock = 1_000_000;
  const factory = createMemoryAdapter({ now: () => clock });
  return { factory, advance: (ms: number) => (clock += ms), now: () => clock };
}

describe("the identity provider's in-memory store", () => {
  it("gives back what was stored until its lifetime runs out, then nothing", async () => {
    const { factory, advance } = setup();
    const codes = factory("AuthorizationCode");
    await codes.upsert("code-1", { accountId: "u1", grantId: "g1" }, 60);
    advance(59_000);
    expect(await codes.find("code-1")).toMatchObject({ accountId: "u1" });
    advance(1_000);
    expect(await codes.find("code-1")).toBeUndefined();
  });

  it("keeps records the provider gave no lifetime", async () => {
    const { factory, advance } = setup();
    const clients = factory("Client");
    await clients.upsert("c1", { client_id: "c1" });
    advance(365 * 24 * 3600 * 1000);
    expect(await clients.find("c1")).toMatchObject({ client_id: "c1" });
  });

  it("keeps each model's records apart although they share one store", async () => {
    const { factory } = setup();
    await factory("AccessToken").upsert("same-id", { accountId: "token" }, 60);
    expect(await factory("RefreshToken").find("same-id")).toBeUndefined();
    expect(await factory("AccessToken").find("same-id")).toMatchObject({ accountId: "token" });
  });

  it("marks a consumed code with the time of use so that a second use can be detected", async () => {
    const { factory, now } = setup();
    const codes = factory("AuthorizationCode");
    await codes.upsert("code-1", { grantId: "g1" }, 60);
    expect((await codes.find("code-1"))?.consumed).toBeUndefined();
    await codes.consume("code-1");
    expect((await codes.find("code-1"))?.consumed).toBe(Math.floor(now() / 1000));
  });

  it("revoking a grant drops its codes and tokens and nothing of other grants", async () => {
    const { factory } = setup();
    await factory("AuthorizationCode").upsert("code-1", { grantId: "g1" }, 60);
    await factory("AccessToken").upsert("at-1", { grantId: "g1" }, 3600);
    await factory("RefreshToken").upsert("rt-1", { grantId: "g1" }, 86400);
    await factory("RefreshToken").upsert("rt-2", { grantId: "g2" }, 86400);
    await factory("RefreshToken").revokeByGrantId("g1");
    expect(await factory("AuthorizationCode").find("code-1")).toBeUndefined();
    expect(await factory("AccessToken").find("at-1")).toBeUndefined();
    expect(await factory("RefreshToken").find("rt-1")).toBeUndefined();
    expect(await factory("RefreshToken").find("rt-2")).toMatchObject({ grantId: "g2" });
  });

  it("finds a session by its uid, and no longer once it is destroyed", async () => {
    const { factory } = setup();
    const sessions = factory("Session");
    await sessions.upsert("s1", { uid: "uid-1", accountId: "u1" }, 3600);
    expect(await sessions.findByUid("uid-1")).toMatchObject({ accountId: "u1" });
    await sessions.destroy("s1");
    expect(await sessions.findByUid("uid-1")).toBeUndefined();
    expect(await sessions.find("s1")).toBeUndefined();
  });

  it("a second store starts empty: two providers never see each other's sessions", async () => {
    const a = createMemoryAdapter()("Session");
    const b = createMemoryAdapter()("Session");
    await a.upsert("s1", { uid: "uid-1" }, 3600);
    expect(await b.find("s1")).toBeUndefined();
  });
});
