import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { clearOrgData } from "../clear-org-data";
import { forgetTemplateChoices, loadTemplateChoice, NO_CHOICE, saveTemplateChoice, type TemplateChoice } from "./template-choice";

const chosen: TemplateChoice = { source: { kind: "itwin", iTwinId: "A" }, targets: { mode: "named", text: "bridge" }, leftOut: ["B"] };

afterEach(() => {
  forgetTemplateChoices();
  sessionStorage.clear();
});

describe("Role templates choice", () => {
  it("is read back for the same user and organization only", () => {
    saveTemplateChoice("u1", "org", chosen);
    expect(loadTemplateChoice("u1", "org")).toEqual(chosen);
    expect(loadTemplateChoice("u2", "org")).toEqual(NO_CHOICE);
    expect(loadTemplateChoice("u1", "other")).toEqual(NO_CHOICE);
  });

  it("is ignored when stored in another shape", () => {
    sessionStorage.setItem("itwin-access-console.role-templates.v1:u1:org", JSON.stringify({ source: "A" }));
    expect(loadTemplateChoice("u1", "org")).toEqual(NO_CHOICE);
    sessionStorage.setItem("itwin-access-console.role-templates.v1:u1:org", "{not json");
    expect(loadTemplateChoice("u1", "org")).toEqual(NO_CHOICE);
  });

  it("is forgotten with the organization's data on sign-out, other tab data kept", async () => {
    saveTemplateChoice("u1", "org", chosen);
    sessionStorage.setItem("unrelated", "kept");
    await clearOrgData();
    expect(loadTemplateChoice("u1", "org")).toEqual(NO_CHOICE);
    expect(sessionStorage.getItem("unrelated")).toBe("kept");
  });
});
