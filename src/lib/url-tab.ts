// Which of a page's tabs an address opens (?tab=…): the one named, else the first. Shared by the tabs
// themselves and the first screen's prefetch, so both read the address alike.
export interface UrlTab<K extends string> {
  key: K;
  label: string;
}

export function tabOf<K extends string>(tabs: readonly UrlTab<K>[], params: URLSearchParams): K {
  return tabs.find((t) => t.key === params.get("tab"))?.key ?? tabs[0]!.key;
}
