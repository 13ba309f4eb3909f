// @vitest-environment node
// The catalogue's request schema stands behind each handler's own checks: a handler that accepted a body
// the schema rejects would let the console and the emulator drift apart unnoticed, so it answers 500.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineOperations } from "../../../src/api/operations/define";
import { ok, Router, type RequestContext } from "../http";
import { route } from "../operation-routes";

const { renameThing } = defineOperations({
  renameThing: {
    method: "PATCH",
    path: "/things/{thingId}",
    api: "itwins",
    request: z.object({ name: z.string() }),
    response: null,
    authorization: "signed-in",
    resources: [],
  },
});

function send(handlerAccepts: boolean, body: unknown) {
  const router = new Router();
  route(router, renameThing, () => (handlerAccepts ? ok({}) : { status: 422, body: { error: { code: "InvalidRequestBody" } } }));
  const match = router.match("PATCH", "/things/t1");
  if (!match || match === "method") throw new Error("route not registered");
  return match.handler({ body, params: match.params } as unknown as RequestContext);
}

describe("request bodies against the catalogue's schemas", () => {
  it("a conforming body goes through", async () => {
    await expect(send(true, { name: "Site A" })).resolves.toMatchObject({ status: 200 });
  });

  it("a handler's own 422 for a non-conforming body is answered as the handler wrote it", async () => {
    await expect(send(false, { name: 7 })).resolves.toMatchObject({ status: 422 });
  });

  it("a handler that accepts a body the schema rejects is reported, not answered as success", async () => {
    await expect(send(true, { name: 7 })).rejects.toThrow("renameThing accepted a body its request schema rejects");
  });
});
