import { describe, expect, it } from "vitest";
import { toCsv } from "../../lib/csv";
import type { Review } from "./campaign";
import { createCampaign } from "./create";
import { decide } from "./decisions";
import { evidenceHtml } from "./evidence-html";
import { evidenceJson, evidenceTable } from "./evidence";
import { NOW, reviewIndex } from "./review-fixture";
import { openCampaign } from "./view";

const ada = { id: "ada", name: "Ada Admin" };
const evil = `<img src=x onerror="alert(1)">`;

function review(): Review {
  const index = reviewIndex();
  index.itwins[0] = { ...index.itwins[0]!, displayName: `Bridge ${evil}` };
  const campaign = createCampaign(index, {
    id: "c1",
    name: "Q2 & more",
    organizationId: "riverbend",
    scope: { kind: "all" },
    reviewer: ada,
    now: NOW,
  });
  const view = openCampaign(campaign);
  let decisions = decide(view, new Map(), ["A|user|q|rd"], { verdict: "revoke", note: `left ${evil}`, by: ada, at: NOW + 60_000 });
  decisions = decide(view, decisions, ["B|owner|m"], { verdict: "keep", note: "", by: { id: "tess", name: "Tess" }, at: NOW + 120_000 });
  const results = new Map([
    ["A|user|q|rd", { lineId: "A|user|q|rd", planId: "p1", outcome: "failed" as const, message: `403 ${evil}`, at: NOW + 180_000 }],
  ]);
  return {
    campaign: { ...campaign, applications: [{ planId: "p1", createdAt: NOW + 150_000, changes: { x: ["A|user|q|rd"] } }] },
    decisions,
    results,
  };
}

describe("review evidence", () => {
  it("has a row per line with its decision, note, time, reviewer, result and the server's answer", () => {
    const { header, rows } = evidenceTable(review());
    const at = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r.at(-1) === id)![i]]));
    expect(at("A|user|q|rd")).toMatchObject({
      iTwin: `Bridge ${evil}`,
      Kind: "User role",
      "Who or what": "Quinn Doe",
      Role: "Reader",
      "Revoking takes away": "Reader: imodels_read",
      Decision: "Revoke",
      Note: `left ${evil}`,
      "Decided at": "2026-06-01T00:01:00.000Z",
      "Decided by": "Ada Admin",
      Result: "Failed",
      "Server's answer": `403 ${evil}`,
      "Result at": "2026-06-01T00:03:00.000Z",
    });
    expect(at("B|owner|m")).toMatchObject({
      Decision: "Keep",
      "Decided by": "Tess",
      Result: "",
      "Revoking takes away": "Ownership: every permission on the iTwin",
    });
    expect(at("B|share|s2")).toMatchObject({ Decision: "Undecided", Hints: "Anonymous access (share link); Expired share link" });
    expect(evidenceTable(review(), { decidedOnly: true }).rows).toHaveLength(2);
    // Spreadsheet formulas in server text stay text.
    expect(toCsv(["a"], [["=HYPERLINK()"]])).toContain("'=HYPERLINK()");
  });

  it("as JSON carries the scope, snapshot time, reviewer, plans and counts beside the lines", () => {
    const json = JSON.parse(evidenceJson(review(), NOW + 200_000));
    expect(json.review).toMatchObject({
      campaign: "Q2 & more",
      scope: "Every iTwin of the organization (3)",
      reviewer: "Ada Admin",
      snapshotAt: "2026-06-01T00:00:00.000Z",
      reportAt: "2026-06-01T00:03:20.000Z",
      lacking: [{ id: "C", name: "Tunnel C" }],
      progress: { lines: 16, kept: 1, revoked: 1, undecided: 14 },
      outcomes: { applied: 0, failed: 1, unconfirmed: 0, notApplied: 0, changedMeanwhile: 0 },
      plans: [{ planId: "p1", changes: 1 }],
    });
    expect(json.lines).toHaveLength(16);
    expect(json.lines[0]).toMatchObject({ iTwin: `Bridge ${evil}`, Decision: "Revoke" });
  });

  it("as a printable page escapes every server text, loads nothing and prints the table's header on each page", () => {
    const html = evidenceHtml(review(), NOW);
    expect(html).not.toContain("<img");
    expect(html).toContain("Bridge &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("<title>Access review: Q2 &amp; more</title>");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const print = html.slice(html.indexOf("@media print"), html.indexOf("</style>"));
    expect(print).toContain("thead { display: table-header-group; }");
    expect(print).toContain("break-inside: avoid");
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain("Tunnel C (C)");
    expect(html).toContain('<td class="failed">Failed</td>');
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelectorAll("img, script")).toHaveLength(0);
    expect(doc.querySelectorAll("table")[2]!.querySelectorAll("tbody tr")).toHaveLength(16);
  });
});
