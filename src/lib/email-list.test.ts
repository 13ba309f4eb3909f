import { describe, expect, it } from "vitest";
import { parseEmails } from "./email-list";

describe("parseEmails", () => {
  it("splits on commas, semicolons and new lines, dropping duplicates of any case", () => {
    expect(parseEmails("a@x.example, b@y.example;\nA@X.example")).toEqual({ emails: ["a@x.example", "b@y.example"], invalid: [] });
  });
  it("reports what is not an address", () => {
    expect(parseEmails("a@x.example nope").invalid).toEqual(["nope"]);
  });
});
