// The iTwins API's query scope (`x-itwin-query-scope`), built here only: by default it answers about the
// caller's own iTwins ("mine"); an organization administrator may widen any iTwins operation to every
// iTwin of the organization ("organization").
export type ITwinScope = "mine" | "organization";

const ORGANIZATION_SCOPE = { "x-itwin-query-scope": "OrganizationAdmin" } as const;

/** The headers of an iTwins API request in this scope (none for the default one). */
export function queryScopeHeaders(scope: ITwinScope): Readonly<Record<string, string>> | undefined {
  return scope === "organization" ? ORGANIZATION_SCOPE : undefined;
}
