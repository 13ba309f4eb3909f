// The review's evidence as one self-contained HTML page: no script, no outside resource (its
// Content-Security-Policy allows only its own inline style), every text from the server escaped,
// and print CSS so "Print → Save as PDF" gives clean pages with the table's header on each.
import { downloadFile } from "../../lib/csv";
import type { Review } from "./campaign";
import { progressOf } from "./decisions";
import { evidenceBasename, evidenceSummary, evidenceTable, iso } from "./evidence";
import { openCampaign } from "./view";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root { color-scheme: light; font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; }
body { margin: 24px; }
h1 { font-size: 20px; margin: 0 0 12px; }
h2 { font-size: 15px; margin: 20px 0 8px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 2px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8e8e8; }
td.num { text-align: right; }
.revoke { font-weight: 600; }
.failed { color: #a00000; font-weight: 600; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  :root { font-size: 9px; }
  body { margin: 0; }
  thead { display: table-header-group; }
  tr, dl { break-inside: avoid; }
  h2 { break-after: avoid; }
  th { background: #e8e8e8 !important; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

const row = (cells: unknown[], tag = "td") => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("")}</tr>`;

function table(header: string[], rows: unknown[][], classes?: (r: unknown[]) => string[]): string {
  const body = rows.map((r) => {
    const cls = classes?.(r) ?? [];
    return `<tr>${r.map((c, i) => `<td${cls[i] ? ` class="${cls[i]}"` : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`;
  });
  return `<table><thead>${row(header, "th")}</thead><tbody>${body.join("\n")}</tbody></table>`;
}

export function evidenceHtml(review: Review, now = Date.now()): string {
  const s = evidenceSummary(review, now);
  const view = openCampaign(review.campaign);
  const { byITwin } = progressOf(view, review.decisions);
  const facts: [string, unknown][] = [
    ["Organization", s.organizationId],
    ["Scope", s.scope],
    ["Reviewer", `${s.reviewer} (${s.reviewerId})`],
    ["Started", s.createdAt],
    ["Snapshot of the index", s.snapshotAt],
    ["Report made", s.reportAt],
    ["Organization's e-mail domains", s.domains.join(", ") || "none set"],
    ["Owners above which an iTwin is hinted", s.maxOwners],
    ["Lines", s.progress.lines],
    ["Kept / revoked / undecided", `${s.progress.kept} / ${s.progress.revoked} / ${s.progress.undecided}`],
    [
      "Applied / failed / unconfirmed / not applied / changed meanwhile",
      [s.outcomes.applied, s.outcomes.failed, s.outcomes.unconfirmed, s.outcomes.notApplied, s.outcomes.changedMeanwhile].join(" / "),
    ],
  ];
  const perITwin = review.campaign.itwins.map((t) => {
    const p = byITwin.get(t.id)!;
    return [t.name, t.id, iso(t.snapshotAt), p.lines, p.kept, p.revoked, p.undecided];
  });
  const { header, rows } = evidenceTable(review, { view });
  const decision = header.indexOf("Decision");
  const result = header.indexOf("Result");
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Access review: ${escapeHtml(s.campaign)}</title><style>${STYLE}</style></head><body>`,
    `<h1>Access review: ${escapeHtml(s.campaign)}</h1>`,
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`,
  ];
  if (s.lacking.length)
    parts.push(
      `<h2>iTwins in scope the index lacked (not reviewed)</h2><ul>${s.lacking.map((t) => `<li>${escapeHtml(t.name)} (${escapeHtml(t.id)})</li>`).join("")}</ul>`,
    );
  if (s.plans.length)
    parts.push(
      `<h2>Plans applied</h2>`,
      table(
        ["Plan", "Made at", "Changes"],
        s.plans.map((p) => [p.planId, p.createdAt, p.changes]),
      ),
    );
  parts.push(
    `<h2>Progress per iTwin</h2>`,
    table(["iTwin", "iTwin id", "Read at", "Lines", "Kept", "Revoked", "Undecided"], perITwin, () => [
      "",
      "",
      "",
      "num",
      "num",
      "num",
      "num",
    ]),
    `<h2>Every line, its decision and result</h2>`,
    table(header, rows, (r) => {
      const cls: string[] = [];
      if (r[decision] === "Revoke") cls[decision] = "revoke";
      if (r[result] === "Failed") cls[result] = "failed";
      return cls;
    }),
    `</body></html>`,
  );
  return parts.join("\n");
}

export function downloadEvidenceHtml(review: Review, now = Date.now()): void {
  downloadFile(`${evidenceBasename(review)}.html`, evidenceHtml(review, now), "text/html;charset=utf-8");
}
