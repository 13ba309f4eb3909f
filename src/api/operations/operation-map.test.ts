// @vitest-environment node
// docs/operation-map.md is written from the catalogue and the code; a reader trusts it only while it is current.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { MAP, operationMap } from "../../../scripts/operation-map";

it("docs/operation-map.md matches the catalogue and the code (run `npm run docs:operations` after changing either)", async () => {
  const checkedIn = readFileSync(new URL(`../../../${MAP}`, import.meta.url), "utf8");
  expect(checkedIn).toBe(await operationMap());
});
