import { describe, expect, it } from "vitest";
import { loginScopes } from "./msal-instance";

describe("sign-in scopes", () => {
  it("asks for what config.json lists and no refresh-token scope it does not list", () => {
    expect(loginScopes({ scopes: ["itwin-platform"] })).toEqual(["itwin-platform", "openid", "profile"]);
  });

  it("asks for offline_access when config.json lists it", () => {
    expect(loginScopes({ scopes: ["itwin-platform", "offline_access"] })).toEqual([
      "itwin-platform",
      "offline_access",
      "openid",
      "profile",
    ]);
  });
});
