import { describe, expect, it } from "vitest";
import { searchableWord, withPickedEmail, wordBeingTyped } from "./email-draft";

describe("the e-mail box while typing", () => {
  it("searches by the word after the last separator", () => {
    expect(wordBeingTyped("ada@x.example, rit")).toBe("rit");
    expect(wordBeingTyped("ada@x.example\nrita")).toBe("rita");
    expect(wordBeingTyped("ada@x.example, ")).toBe("");
    expect(wordBeingTyped("gra")).toBe("gra");
  });

  it("replaces that word with the picked address and leaves the box ready for the next", () => {
    expect(withPickedEmail("ada@x.example, rit", "rita.reader@riverbend.example")).toBe("ada@x.example, rita.reader@riverbend.example, ");
    expect(withPickedEmail("", "rita.reader@riverbend.example")).toBe("rita.reader@riverbend.example, ");
  });

  it("searches only words of 3 to 200 characters", () => {
    expect(searchableWord("ri")).toBeUndefined();
    expect(searchableWord("rit")).toBe("rit");
    expect(searchableWord("x".repeat(201))).toBeUndefined();
  });
});
