// The packages page's views and the package its first view shows, as an address names them: shared by
// the page and the first screen's prefetch, so the prefetch warms exactly what the page reads.
export const PACKAGE_VIEWS = [
  { key: "one", label: "One package" },
  { key: "all", label: "All packages at a glance" },
] as const;

/** The package named in ?package=, else the first. */
export const shownPackage = <P extends { uniqueName: string }>(list: readonly P[], params: URLSearchParams): P | undefined =>
  list.find((p) => p.uniqueName === params.get("package")) ?? list[0];
