import { describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "../../../../test/render";
import { countsOf } from "../../../../org/itwin-summary";
import { reviewIndex } from "../../../../org/review/review-fixture";
import { parseDomains } from "./HintSettingsFields";
import { NewCampaignDialog } from "./NewCampaignDialog";

const index = reviewIndex();
const itwins = index.itwins.map((t) => ({
  id: t.id,
  displayName: t.displayName,
  number: t.number,
  state: t.state,
  snapshotAt: t.snapshotAt,
  counts: countsOf(t, index.account),
}));

describe("NewCampaignDialog", { timeout: 60_000 }, () => {
  it("proposes the organization's domains and an owner limit, and starts the review with what the reviewer set", async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    const onStart = vi.fn();
    renderWithProviders(
      <NewCampaignDialog open itwins={itwins} suggestedDomains={["corp.example"]} onCancel={() => {}} onStart={onStart} />,
    );
    const domains = screen.getByRole("textbox", { name: "Organization e-mail domains" });
    expect(domains).toHaveValue("corp.example");
    await user.clear(domains);
    await user.type(domains, "corp.example, @Partner.example");
    const limit = screen.getByRole("textbox", { name: "Owner limit" });
    expect(limit).toHaveValue("5");
    await user.clear(limit);
    await user.type(limit, "none");
    expect(screen.getByText("A whole number, at least 1.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Start review" })).toBeDisabled();
    await user.clear(limit);
    await user.type(limit, "2");
    await user.click(screen.getByRole("button", { name: "Start review" }));
    expect(onStart).toHaveBeenCalledWith(
      expect.objectContaining({ scope: { kind: "all" }, domains: ["corp.example", "partner.example"], maxOwners: 2 }),
    );
  });

  it("reads domains separated by commas, spaces or semicolons, once each", () => {
    expect(parseDomains(" Corp.example;partner.example  corp.example,,")).toEqual(["corp.example", "partner.example"]);
    expect(parseDomains("")).toEqual([]);
  });
});
