// What applying did to a revoked line, in words, for the table and the evidence.
import type { LineResult } from "../../../../org/review/campaign";

export function resultText(result: Pick<LineResult, "outcome" | "message">): string {
  const more = result.message ? `: ${result.message}` : "";
  switch (result.outcome) {
    case "applied":
      return `Revoked${result.message ? ` (${result.message})` : ""}`;
    case "failed":
      return `Failed${more}`;
    case "unconfirmed":
      return `Not confirmed${more}`;
    case "notApplied":
      return `Not applied${more}`;
    case "changedMeanwhile":
      return `Changed meanwhile, not sent${more}`;
  }
}
