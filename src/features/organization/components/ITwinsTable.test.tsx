import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "../../../test/render";
import type { Crawler } from "../../../org/crawler";
import type { ITwinSummary } from "../../../org/itwin-summary";
import { ITwinsTable } from "./ITwinsTable";

const counts = { members: 2, owners: 1, groups: 0, missingUsers: 0, privileged: 1, pendingExpirations: [], shareExpirations: [] };
const iTwin = (id: string, displayName: string): ITwinSummary => ({
  id,
  displayName,
  number: null,
  state: "done",
  snapshotAt: Date.parse("2026-01-01T00:00:00Z"),
  counts,
});

function renderTable(itwins: ITwinSummary[]) {
  const crawler = { refresh: vi.fn() } as unknown as Crawler;
  renderWithProviders(<ITwinsTable itwins={itwins} crawler={crawler} onCopyMembers={vi.fn()} />);
  return within(screen.getByRole("table", { name: "iTwins of the organization" }));
}

describe("ITwinsTable's row buttons", () => {
  it("spell a right-to-left override in the iTwin's name as a visible code, so it cannot reorder the button's name", () => {
    const table = renderTable([iTwin("a", "White River Bridge\u202Egnp.exe")]);
    const refresh = table.getByRole("button", { name: /^Refresh / });
    expect(refresh).toHaveAccessibleName("Refresh White River Bridge⟦U+202E⟧gnp.exe");
    expect(refresh.getAttribute("aria-label")).not.toContain("\u202E");
    const copy = table.getByRole("button", { name: /^Copy members of / });
    expect(copy).toHaveAccessibleName("Copy members of White River Bridge⟦U+202E⟧gnp.exe");
  });

  it("keep an ordinary name as it is", () => {
    const table = renderTable([iTwin("b", "Harbour Tunnel — Écluse 日本")]);
    expect(table.getByRole("button", { name: "Refresh Harbour Tunnel — Écluse 日本" })).toBeInTheDocument();
    expect(table.getByRole("button", { name: "Copy members of Harbour Tunnel — Écluse 日本" })).toBeInTheDocument();
  });
});
