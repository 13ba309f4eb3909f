// "expires in 3 days" / "expires today" / "expired": invitations live 7 days (docs/api-reference.md, invitations).
const DAY = 86_400_000;

export function expiryText(expirationDate: string, now: number): string {
  const at = Date.parse(expirationDate);
  if (Number.isNaN(at)) return "unknown";
  const left = at - now;
  if (left <= 0) return "expired";
  if (left < DAY) return `in ${Math.max(1, Math.round(left / 3_600_000))} h`;
  const days = Math.floor(left / DAY);
  return `in ${days} day${days === 1 ? "" : "s"}`;
}
