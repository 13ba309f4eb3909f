// Keys of the members feature's own queries. Member lists use the shared memberKeys (other features
// read them too); these add the paged users list and the catalogues the dialogs choose from.
import { memberKeys } from "../../../api/queries/member-keys";

export const membersFeatureKeys = {
  userPages: (iTwinId: string) => [...memberKeys.users(iTwinId), "pages"] as const,
  // Outside the "members" prefix: saving a member must not refetch the role catalogue.
  availableGroups: (iTwinId: string) => [...memberKeys.forITwin(iTwinId), "available-groups"] as const,
};
