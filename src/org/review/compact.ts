// A campaign read back from a file or the database with its equal texts made one. JSON.parse gives
// every occurrence its own string, so a review of 100,000 lines would hold a million strings (and the
// permission lists of a thousand iTwins' roles a hundred thousand more) that the garbage collector walks
// again and again while the reviewer scrolls: long pauses. Lines go through their stored form (one
// table of texts); roles' permission lists of equal content become one array of shared strings.
import type { Campaign, CampaignITwin } from "./campaign";
import { decodeLines, encodeLines } from "./line-store";

export function sharedRoles(itwins: readonly CampaignITwin[]): CampaignITwin[] {
  const texts = new Map<string, string>();
  const text = (s: string) => {
    const known = texts.get(s);
    if (known !== undefined) return known;
    texts.set(s, s);
    return s;
  };
  const lists = new Map<string, string[]>();
  return itwins.map((t) => ({
    ...t,
    roles: t.roles.map((r) => {
      const key = r.permissions.join("\n");
      let permissions = lists.get(key);
      if (!permissions) lists.set(key, (permissions = r.permissions.map(text)));
      return { ...r, id: text(r.id), displayName: text(r.displayName), permissions };
    }),
  }));
}

export function compactCampaign(campaign: Campaign): Campaign {
  // Encoded lines always decode: the stored form is the lines' own.
  return { ...campaign, itwins: sharedRoles(campaign.itwins), lines: decodeLines(encodeLines(campaign.lines))! };
}
