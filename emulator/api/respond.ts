// Writing responses and reading request bodies, shared by the API and the control endpoint.
import type { IncomingMessage, ServerResponse } from "node:http";
import { INVALID_BODY } from "./http";

const MAX_BODY_BYTES = 1 << 20;

export function setCommonHeaders(req: IncomingMessage, res: ServerResponse, correlationId: string): void {
  res.setHeader("x-correlation-id", correlationId);
  // Permissive CORS so consoles and tools on other origins can call the emulator with bearer tokens.
  const origin = req.headers.origin;
  res.setHeader("Access-Control-Allow-Origin", origin ?? "*");
  if (origin) res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, PATCH, PUT, DELETE, OPTIONS");
  res.setHeader(
    "Access-Control-Allow-Headers",
    req.headers["access-control-request-headers"] ??
      "Authorization, Content-Type, Accept, Prefer, X-Max-Return, x-itwin-query-scope, x-total-count",
  );
  res.setHeader(
    "Access-Control-Expose-Headers",
    "Retry-After, x-correlation-id, X-Max-Return, x-total-count, iTwinPlatform-RateLimit-RemainingCalls, iTwinPlatform-RateLimit-Retry-After-Seconds, iTwinPlatform-Tier",
  );
  res.setHeader("Access-Control-Max-Age", "600");
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (body === undefined || status === 204) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) }).end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string>): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html) }).end(html);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_BODY;
  }
}
