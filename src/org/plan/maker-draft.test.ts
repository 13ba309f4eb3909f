import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { clearOrgData } from "../clear-org-data";
import { loadMakerDraft, saveMakerDraft, type MakerDraft } from "./maker-draft";

const typed: MakerDraft = {
  maker: "sameAccess",
  sourceId: "quinn",
  text: "ann@",
  recipient: { id: null, email: "ann@example.com", name: "ann@example.com" },
  leftOut: ["B"],
};

afterEach(() => sessionStorage.clear());

describe("a plan maker's input", () => {
  it("is read back for the same user and organization only, and gone once the dialog closes", () => {
    saveMakerDraft("u1", "org", typed);
    expect(loadMakerDraft("u1", "org")).toEqual(typed);
    expect(loadMakerDraft("u2", "org")).toBeNull();
    expect(loadMakerDraft("u1", "other")).toBeNull();
    saveMakerDraft("u1", "org", { maker: "copyMembers", source: "A", target: "" });
    expect(loadMakerDraft("u1", "org")).toEqual({ maker: "copyMembers", source: "A", target: "" });
    saveMakerDraft("u1", "org", null);
    expect(loadMakerDraft("u1", "org")).toBeNull();
  });

  it("is ignored when stored in another shape", () => {
    sessionStorage.setItem("itwin-access-console.plan-maker.v1:u1:org", JSON.stringify({ maker: "sameAccess", sourceId: 3 }));
    expect(loadMakerDraft("u1", "org")).toBeNull();
    sessionStorage.setItem("itwin-access-console.plan-maker.v1:u1:org", "{not json");
    expect(loadMakerDraft("u1", "org")).toBeNull();
  });

  it("is forgotten with the organization's data on sign-out, other tab data kept", async () => {
    saveMakerDraft("u1", "org", typed);
    sessionStorage.setItem("unrelated", "kept");
    await clearOrgData();
    expect(loadMakerDraft("u1", "org")).toBeNull();
    expect(sessionStorage.getItem("unrelated")).toBe("kept");
  });
});
