// @vitest-environment node
// docs/api-reference.md is the people-facing view of this catalogue: every operation has a row in its
// table of all operations, with the same method and path, and a section of its own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allOperations } from "./catalogue";

const reference = readFileSync(new URL("../../../docs/api-reference.md", import.meta.url), "utf8");

/** operation name → [method cell, path cell] of the table of all operations. */
function tableRows(): Map<string, { methods: string[]; path: string }> {
  const rows = new Map<string, { methods: string[]; path: string }>();
  for (const line of reference.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 6) continue;
    for (const match of cells[1]!.matchAll(/\[(\w+)\]\(#[\w-]+\)/g)) {
      rows.set(match[1]!, { methods: cells[2]!.split("/").map((m) => m.trim()), path: cells[4]!.replace(/`/g, "").split("?")[0]! });
    }
  }
  return rows;
}

describe("the API reference", () => {
  const rows = tableRows();

  it.each(allOperations.map((op) => [op.name, op] as const))("lists %s with the catalogue's method and path", (_name, op) => {
    expect(rows.get(op.name)).toEqual({ methods: expect.arrayContaining([op.method]), path: op.path });
  });

  it("gives every catalogued operation a section of its own or in a named group", () => {
    const headings = new Set([...reference.matchAll(/^#{3,4} (\w+)$/gm)].map((m) => m[1]));
    const missing = allOperations.filter((op) => !headings.has(op.name) && !reference.includes(`\`${op.name}\` \``));
    expect(missing.map((op) => op.name)).toEqual([]);
  });
});
