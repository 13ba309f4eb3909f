// Where a request goes. Paths are relative to the API base; `_links` hrefs are absolute and are
// followed as given — but only on the API's own origin, because the request carries the user's token.
import { ApiError } from "./api-error";

export type QueryParams = Record<string, string | number | undefined>;

const ABSOLUTE = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/** The base URL made absolute (it may be "/api" when the console and the API share an origin). */
export function absoluteBaseUrl(baseUrl: string): URL {
  const pageOrigin = typeof location === "undefined" ? undefined : location.href;
  return new URL(baseUrl, pageOrigin);
}

export function resolveRequestUrl(base: URL, path: string, query?: QueryParams): string {
  let url: URL;
  if (ABSOLUTE.test(path)) {
    try {
      url = new URL(path, base);
    } catch {
      throw refused("The server gave a link that is not a valid address.");
    }
    if (url.origin !== base.origin) {
      throw refused(`The server gave a link to another site (${url.origin === "null" ? url.protocol : url.origin}); it was not followed.`);
    }
  } else {
    const basePath = base.pathname.replace(/\/+$/, "");
    const [relativePath = "", relativeQuery] = path.split("?", 2);
    url = new URL(base.origin);
    url.pathname = `${basePath}/${relativePath.replace(/^\/+/, "")}`;
    if (relativeQuery !== undefined) url.search = relativeQuery;
  }
  return appendQuery(url.toString(), query);
}

function appendQuery(url: string, query: QueryParams | undefined): string {
  const pairs = Object.entries(query ?? {}).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  if (pairs.length === 0) return url;
  // "$top"/"$skip" keep their "$": the docs and the servers spell them that way.
  const encode = (text: string) => encodeURIComponent(text).replace(/%24/g, "$");
  const search = pairs.map(([key, value]) => `${encode(key)}=${encode(String(value))}`).join("&");
  const hashless = url.split("#", 1)[0] ?? url;
  return `${hashless}${hashless.includes("?") ? "&" : "?"}${search}`;
}

function refused(message: string): ApiError {
  return new ApiError({ status: 0, kind: "invalid-response", code: "ForeignLink", message });
}
