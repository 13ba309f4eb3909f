import { describe, expect, it } from "vitest";
import { allOperations } from "../../../src/api/operations/catalogue";
import { routePattern } from "../../../src/api/operations/define";
import { createEmulator } from "../create-emulator";
import { registeredOperations } from "../operation-routes";

describe("the operation catalogue and the emulator", () => {
  it("registers a route for every operation of the catalogue, and none besides", () => {
    createEmulator({ verifyToken: async () => ({ sub: "nobody" }) });
    expect([...registeredOperations].sort()).toEqual(allOperations.map((op) => op.name).sort());
  });

  it("names every operation once and gives each method + path once", () => {
    const names = allOperations.map((op) => op.name);
    expect(new Set(names).size).toBe(names.length);
    const routes = allOperations.map((op) => `${op.method} ${routePattern(op).replace(/:\w+/g, ":")}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("states the permissions of every operation that is checked against them", () => {
    for (const op of allOperations) {
      if (op.authorization === "iTwin" || op.authorization === "organization") expect(op.permissions.length, op.name).toBeGreaterThan(0);
    }
  });
});
