import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFromResponse, isApiError } from "./api-error";

// Bodies as Bentley's API pages publish them (docs/api-reference.md, "Error envelope").
const SEED = {
  headerNotFound: `{"error":{"code":"HeaderNotFound","message":"Header Authorization was not found in the request. Access denied."}}`,
  invalidScheme: `{"error":{"code":"InvalidAuthorizationScheme","message":"Authorization scheme 'Baerer' is not valid."}}`,
  insufficientPermissions: `{ "error": { "code": "InsufficientPermissions", "message": "The user has insufficient permissions for the requested operation." } }`,
  itwinNotFound: `{ "error": { "code": "ItwinNotFound", "message": "Requested iTwin is not available." } }`,
  invalidMemberRequest: `{ "error": { "code": "InvalidiTwinsMemberRequest", "message": "Request body or query is invalid.", "details": [{ "code": "MissingRequiredProperty", "message": "Required property is missing.", "target": "roleIds" }, { "code": "InvalidProperty", "message": "Collection size exceeds maximum size.", "target": "roleIds" }, { "code": "InvalidRequestBody", "message": "Failed to parse request body or collection is empty." } ] } }`,
  invalidAssignmentList: `{"error":{"code":"InvalidAssignmentListRequest","message":"Cannot create AssignmentList.","details":[{"code":"InvalidValue","message":"Provided iTwin Role ID value is not valid.","target":"ITwinRoleId"},{"code":"InvalidValue","message":"Provided Package Role ID value is not valid.","target":"PackageRoleIds"},{"code":"InvalidValue","message":"Provided iTwin ID value is not valid.","target":"iTwinId"},{"code":"InvalidValue","message":"Provided Unique Name value contains invalid characters.","target":"uniqueName"}]}}`,
  invalidTop: `{
    "error": {
        "code": "InvalidiTwinsMemberRequest",
        "message": "Request body or query is invalid.",
        "details": [{ "code": "InvalidValue", "message": "Value outside of valid range.", "target": "$top" },
            { "code": "InvalidRequestBody", "message": "Failed to parse request body or collection is empty." }]
    }
}`,
  tooManyRequests: `{ "error": { "code": "TooManyRequests", "message": "More requests were received than the subscription rate-limit allows." } }`,
};

const none = new Headers();

describe("apiErrorFromResponse with the documented bodies", () => {
  it.each([
    [401, SEED.headerNotFound, "HeaderNotFound", "Header Authorization was not found in the request. Access denied."],
    [401, SEED.invalidScheme, "InvalidAuthorizationScheme", "Authorization scheme 'Baerer' is not valid."],
    [403, SEED.insufficientPermissions, "InsufficientPermissions", "The user has insufficient permissions for the requested operation."],
    [404, SEED.itwinNotFound, "ItwinNotFound", "Requested iTwin is not available."],
  ])("keeps status %i, code and message of %#", (status, body, code, message) => {
    const error = apiErrorFromResponse(status, none, body);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status, code, message, kind: "http", details: [] });
    expect(error.target).toBeUndefined();
  });

  it("keeps the three details of InvalidiTwinsMemberRequest, the last without target", () => {
    const error = apiErrorFromResponse(422, none, SEED.invalidMemberRequest);
    expect(error.code).toBe("InvalidiTwinsMemberRequest");
    expect(error.message).toBe("Request body or query is invalid.");
    expect(error.details).toEqual([
      { code: "MissingRequiredProperty", message: "Required property is missing.", target: "roleIds" },
      { code: "InvalidProperty", message: "Collection size exceeds maximum size.", target: "roleIds" },
      { code: "InvalidRequestBody", message: "Failed to parse request body or collection is empty." },
    ]);
  });

  it("keeps the four EDFS InvalidAssignmentListRequest details with their targets as sent", () => {
    const error = apiErrorFromResponse(422, none, SEED.invalidAssignmentList);
    expect(error.code).toBe("InvalidAssignmentListRequest");
    expect(error.details.map((d) => d.target)).toEqual(["ITwinRoleId", "PackageRoleIds", "iTwinId", "uniqueName"]);
    expect(error.details.every((d) => d.code === "InvalidValue")).toBe(true);
  });

  it("keeps the $top detail of a paged list's 422", () => {
    const error = apiErrorFromResponse(422, none, SEED.invalidTop);
    expect(error.details[0]).toEqual({ code: "InvalidValue", message: "Value outside of valid range.", target: "$top" });
    expect(error.details).toHaveLength(2);
  });

  it("reads TooManyRequests with retry-after and the correlation id", () => {
    const headers = new Headers({ "retry-after": "7", "x-correlation-id": "abc-123" });
    const error = apiErrorFromResponse(429, headers, SEED.tooManyRequests);
    expect(error).toMatchObject({ status: 429, code: "TooManyRequests", retryAfterSeconds: 7, correlationId: "abc-123" });
  });

  it("takes the correlation id from request-id or x-request-id when x-correlation-id is absent", () => {
    expect(apiErrorFromResponse(500, new Headers({ "request-id": "r1" }), "").correlationId).toBe("r1");
    expect(apiErrorFromResponse(500, new Headers({ "x-request-id": "r2" }), "").correlationId).toBe("r2");
  });

  it("keeps a top-level target", () => {
    const error = apiErrorFromResponse(
      409,
      none,
      `{"error":{"code":"OwnerAlreadyExists","message":"Requested user is already an iTwin Owner.","target":"email"}}`,
    );
    expect(error.target).toBe("email");
  });
});

describe("apiErrorFromResponse with bodies that do not follow the envelope", () => {
  it.each([
    [401, "Your session has expired or is not valid. Sign in again."],
    [403, "You do not have permission for this action."],
    [404, "Not found."],
    [429, "Too many requests."],
    [500, "The server had a problem (status 500)."],
    [503, "The server had a problem (status 503)."],
  ])("gives the fallback message for an empty %i", (status, message) => {
    const error = apiErrorFromResponse(status, none, "");
    expect(error.message).toBe(message);
    expect(error.code).not.toBe("");
    expect(error.details).toEqual([]);
  });

  it("uses the HTML <title> but never the markup", () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway &amp; friends</title></head><body><h1>Bad</h1><script>alert(1)</script></body></html>`;
    const error = apiErrorFromResponse(502, none, html);
    expect(error.message).toBe("The server had a problem (status 502). (502 Bad Gateway & friends)");
    expect(error.message).not.toMatch(/<|script/);
  });

  it("gives the fallback for HTML without a title", () => {
    const error = apiErrorFromResponse(503, none, "<html><body><p>Service down</p></body></html>");
    expect(error.message).toBe("The server had a problem (status 503).");
  });

  it("does not turn escaped markup in a title back into markup", () => {
    const error = apiErrorFromResponse(500, none, "<html><title>&lt;script&gt;x&lt;/script&gt;</title></html>");
    expect(error.message).not.toMatch(/[<>]/);
  });

  it("ignores malformed JSON", () => {
    const error = apiErrorFromResponse(500, none, `{"error": {"code": "Boom", "message": "half`);
    expect(error).toMatchObject({ code: "ServerError", message: "The server had a problem (status 500)." });
  });

  it("keeps the code of partial JSON without a message", () => {
    const error = apiErrorFromResponse(403, none, `{"error":{"code":"X"}}`);
    expect(error).toMatchObject({ code: "X", message: "You do not have permission for this action." });
  });

  it("keeps valid details and drops invalid ones", () => {
    const body = JSON.stringify({
      error: {
        code: 42,
        message: ["not", "a", "string"],
        target: { nested: true },
        details: [
          null,
          5,
          "text",
          { code: 1, message: 2 },
          { code: "A", message: "kept", target: 7 },
          { message: "only a message", target: "roleIds" },
          { code: "OnlyCode" },
        ],
      },
    });
    const error = apiErrorFromResponse(422, none, body);
    expect(error.code).toBe("HttpError");
    expect(error.message).toBe("The request was not valid.");
    expect(error.target).toBeUndefined();
    expect(error.details).toEqual([
      { code: "A", message: "kept" },
      { code: "Unknown", message: "only a message", target: "roleIds" },
      { code: "OnlyCode", message: "OnlyCode" },
    ]);
  });

  it("reads other common shapes: top-level code/message, OAuth, problem+json", () => {
    expect(apiErrorFromResponse(400, none, `{"code":"Bad","message":"Nope."}`)).toMatchObject({ code: "Bad", message: "Nope." });
    expect(apiErrorFromResponse(401, none, `{"error":"invalid_token","error_description":"Token expired."}`)).toMatchObject({
      code: "invalid_token",
      message: "Token expired.",
    });
    expect(apiErrorFromResponse(400, none, `{"title":"Bad Request","detail":"Field x is wrong."}`)).toMatchObject({
      message: "Field x is wrong.",
    });
  });

  it("falls back for JSON of an unrelated shape", () => {
    for (const body of [`[1,2,3]`, `{"foo":{"bar":1}}`, `null`, `true`, `12`]) {
      expect(apiErrorFromResponse(500, none, body).message).toBe("The server had a problem (status 500).");
    }
  });

  it("shows a short plain-text body after the fallback, and hides a long one", () => {
    expect(apiErrorFromResponse(503, none, "Service Unavailable").message).toBe(
      "The server had a problem (status 503). (Service Unavailable)",
    );
    expect(apiErrorFromResponse(503, none, "x".repeat(5000)).message).toBe("The server had a problem (status 503).");
  });

  it("caps the length of a huge message and of a huge body", () => {
    const huge = JSON.stringify({ error: { code: "C", message: "m".repeat(200_000) } });
    expect(apiErrorFromResponse(500, none, huge).message.length).toBeLessThanOrEqual(500);
    const tooBig = JSON.stringify({ error: { code: "C", message: "fine", padding: "p".repeat(400_000) } });
    expect(apiErrorFromResponse(500, none, tooBig).message).toBe("The server had a problem (status 500).");
  });

  it("strips control characters and tags from the server's message", () => {
    const error = apiErrorFromResponse(400, none, JSON.stringify({ error: { code: "C", message: "Line\none\u0000 <b>bold</b>" } }));
    expect(error.message).toBe("Line one bold");
  });

  it("whitespace-only messages fall back", () => {
    expect(apiErrorFromResponse(404, none, `{"error":{"code":"C","message":"   "}}`).message).toBe("Not found.");
  });

  it("removes a secret before anything is parsed or shortened", () => {
    const secret = "s3cr3t-token-value";
    const body = JSON.stringify({ error: { code: "C", message: `Bearer ${secret} rejected` } });
    const error = apiErrorFromResponse(401, new Headers({ "x-correlation-id": secret }), body, { redact: secret });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(secret);
    expect(error.message).toBe("Bearer [redacted] rejected");
  });
});

describe("ApiError", () => {
  it("never has an empty message", () => {
    expect(new ApiError({ status: 500, code: "", message: "  ", kind: "http" }).message).toBe("The server had a problem (status 500).");
    expect(new ApiError({ status: 0, code: "", message: "", kind: "network" }).message).toMatch(/reach the server/);
  });

  it("is an Error named ApiError", () => {
    const error = new ApiError({ status: 404, code: "NotFound", message: "Not found.", kind: "http" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ApiError");
    expect(isApiError(new Error("x"))).toBe(false);
  });
});
