// Permissions are grouped by service: the prefix before the first "_" (administration, imodels, edfs…).
export function serviceOf(permission: string): string {
  const i = permission.indexOf("_");
  return i > 0 ? permission.slice(0, i) : "other";
}

export function groupByService(permissions: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of permissions) {
    const s = serviceOf(p);
    const list = groups.get(s);
    if (list) list.push(p);
    else groups.set(s, [p]);
  }
  for (const list of groups.values()) list.sort();
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
