import { describe, expect, it } from "vitest";
import type { ReviewLine } from "../../../../org/review/campaign";
import type { ReviewView } from "../../../../org/review/view";
import { lineLabel } from "./line-text";

const line = (subjectName: string, roleName: string | null): ReviewLine => ({
  id: "l1",
  iTwinId: "A",
  kind: "user",
  subjectId: "u1",
  subjectName,
  email: null,
  roleId: roleName ? "r1" : null,
  roleName,
  hints: [],
});
const view = (name: string) => ({ itwins: new Map([["A", { name }]]) }) as unknown as ReviewView;

describe("a review line's name for its Keep and Revoke buttons", () => {
  it("spells each name's hidden direction characters as codes, so none can reorder what is read out", () => {
    const label = lineLabel(view("Bridge\u202Egnp.exe"), line("Quinn\u202E", "Reader\u200B"));
    expect(label).toBe("Quinn⟦U+202E⟧, Reader⟦U+200B⟧ on Bridge⟦U+202E⟧gnp.exe");
  });

  it("keeps ordinary names as they are", () => {
    expect(lineLabel(view("Bridge A"), line("Quinn Threeways", "Reader"))).toBe("Quinn Threeways, Reader on Bridge A");
    expect(lineLabel(view("Bridge A"), line("Quinn Threeways", null))).toBe("Quinn Threeways, member on Bridge A");
  });
});
