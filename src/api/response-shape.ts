// A 2xx body that does not match its schema becomes a clear ApiError naming the first place it
// failed — the console never renders half-understood data and never crashes on it.
import type { ZodType } from "zod";
import { ApiError, type ApiErrorDetail } from "./api-error";

type Issue = { code: string; path: PropertyKey[]; message: string; expected?: unknown };

const MAX_ISSUE_DETAILS = 20;

export interface ResponseContext {
  status: number;
  correlationId?: string;
}

/** Parses a 2xx body text with `schema`; throws ApiError(kind "invalid-response") on any failure. */
export function parseResponseBody<T>(bodyText: string, schema: ZodType<T>, context: ResponseContext): T {
  if (bodyText.trim() === "") throw invalidResponse(context, "EmptyResponse", "The server's answer was empty.");
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    throw invalidResponse(context, "InvalidJson", "The server's answer could not be read (it is not valid JSON).");
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;

  const issues = result.error.issues as unknown as Issue[];
  const first = issues[0];
  const where = first ? describeIssue(first) : "unknown problem";
  const details: ApiErrorDetail[] = issues.slice(0, MAX_ISSUE_DETAILS).map((issue) => ({
    code: issue.code,
    message: issueReason(issue),
    target: formatPath(issue.path) || "(root)",
  }));
  throw invalidResponse(context, "InvalidResponseShape", `The server's answer was not in the expected shape (${where}).`, details);
}

export function invalidResponse(context: ResponseContext, code: string, message: string, details: ApiErrorDetail[] = []): ApiError {
  return new ApiError({
    status: context.status,
    kind: "invalid-response",
    code,
    message,
    details,
    ...(context.correlationId !== undefined && { correlationId: context.correlationId }),
  });
}

function describeIssue(issue: Issue): string {
  const path = formatPath(issue.path);
  return path ? `${path}: ${issueReason(issue)}` : issueReason(issue);
}

function issueReason(issue: Issue): string {
  if (issue.code === "invalid_type" && typeof issue.expected === "string") return `expected ${issue.expected}`;
  return issue.message.slice(0, 200);
}

/** ["members", 3, "roles"] → "members[3].roles". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
