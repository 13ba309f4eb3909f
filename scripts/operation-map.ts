// Writes docs/operation-map.md: for every catalogued operation, where its catalogue entry, its emulator
// handler, its console uses and its tests are, so a reader gets from an operation to all four in one hop.
// `npm run docs:operations` rewrites it; a unit test fails when the checked-in map is out of date.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { allOperations } from "../src/api/operations/catalogue";

const root = fileURLToPath(new URL("..", import.meta.url));
export const MAP = "docs/operation-map.md";
const CODE = /\.(ts|tsx)$/;
const TEST = /(\.test\.tsx?|\.spec\.ts)$|__tests__|^e2e\//;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

const sources = ["src", "emulator", "e2e", "bench"]
  .flatMap(files)
  .sort()
  .map((path) => ({ path: relative(root, join(root, path)).split("\\").join("/"), text: readFileSync(join(root, path), "utf8") }));

const link = (path: string) => `[${path}](../${path})`;
const cell = (paths: string[]) => (paths.length === 0 ? "—" : paths.map(link).join(", "));

/** The map as Markdown, formatted as `prettier --check` expects it. */
export async function operationMap(): Promise<string> {
  const rows = allOperations.map((op) => {
    // An operation is named as `<area>Operations.<name>` (or by the catalogue's `operations.<name>`).
    const named = new RegExp(`[oO]perations\\.${op.name}\\b`);
    const users = sources.filter((s) => named.test(s.text));
    const entry = sources.find((s) => s.path.startsWith("src/api/operations/") && new RegExp(`^  ${op.name}: \\{`, "m").test(s.text));
    const handler = users.filter((s) => new RegExp(`route\\(router, \\w+\\.${op.name}\\b`).test(s.text)).map((s) => s.path);
    const consoleUses = users.filter((s) => s.path.startsWith("src/") && !TEST.test(s.path)).map((s) => s.path);
    const tests = users.filter((s) => TEST.test(s.path) || s.path.startsWith("bench/")).map((s) => s.path);
    return `| [${op.name}](api-reference.md#${op.name.toLowerCase()}) | ${entry ? link(entry.path) : "—"} | ${cell(handler)} | ${cell(consoleUses)} | ${cell(tests)} |`;
  });
  const markdown = [
    "# Where each operation lives",
    "",
    "Written by `npm run docs:operations` from the operation catalogue and the code that names each entry; a",
    "unit test fails when it is out of date. Tests that send an operation's path by hand (most of the",
    "emulator's own tests, `emulator/api/__tests__/`) are not listed here: they are grouped there by API area.",
    "",
    "| operation | catalogue entry | emulator handler | console uses | tests and bench naming it |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
  const file = join(root, MAP);
  return format(markdown, { ...(await resolveConfig(file)), filepath: file });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(root, MAP), await operationMap());
}
