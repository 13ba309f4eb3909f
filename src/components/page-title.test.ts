import { describe, expect, it } from "vitest";
import { pageTitle } from "./page-title";

describe("pageTitle", () => {
  it("puts the section, then the iTwin, then the console's name", () => {
    expect(pageTitle("Roles", "White River Bridge")).toBe("Roles · White River Bridge · iTwin Access Console");
  });
  it("leaves out parts that are not known yet", () => {
    expect(pageTitle("Members", undefined)).toBe("Members · iTwin Access Console");
    expect(pageTitle("Packages", "  ")).toBe("Packages · iTwin Access Console");
  });
  it("shows a hidden direction character in an iTwin's name as its code, so the title reads in order", () => {
    const title = pageTitle("Roles", "Bridge\u202Egnp.exe");
    expect(title).toBe("Roles · Bridge⟦U+202E⟧gnp.exe · iTwin Access Console");
    expect(title).not.toContain("\u202E");
  });
});
