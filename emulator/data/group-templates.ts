// Group templates of the default iTwin, named for the seeds.
import { ROLE } from "./role-templates";

export interface GroupTemplate {
  name: string;
  description: string;
  /** Role number held as a group member of the iTwin, or null when the group holds no role. */
  role: number | null;
  memberCount: number;
  imsGroups: string[];
}

/** Group n (1-based) of the default iTwin gets id fixedId("d1", n). */
export const GROUP_TEMPLATES: readonly GroupTemplate[] = [
  { name: "Site Engineers", description: "Engineers working on site", role: ROLE.contributor, memberCount: 8, imsGroups: [] },
  { name: "Design Team", description: "Bridge design office", role: ROLE.writeAccess, memberCount: 10, imsGroups: ["Riverbend Design"] },
  { name: "Survey Crew", description: "Survey and reality capture", role: ROLE.surveyor, memberCount: 5, imsGroups: [] },
  { name: "Safety Committee", description: "Health and safety", role: ROLE.safetyInspector, memberCount: 4, imsGroups: [] },
  { name: "Document Control", description: "Document controllers", role: ROLE.documentController, memberCount: 3, imsGroups: [] },
  {
    name: "External Reviewers",
    description: "Reviewers from partner firms",
    role: ROLE.readAccess,
    memberCount: 6,
    imsGroups: ["Partner Reviewers"],
  },
  {
    name: "Integration Operators",
    description: "Run EDFS integration packages",
    role: ROLE.edfsIntegration,
    memberCount: 2,
    imsGroups: [],
  },
  { name: "BIM Coordinators", description: "Model coordination", role: ROLE.modelCoordinator, memberCount: 4, imsGroups: [] },
  { name: "Quality Assurance", description: "QA auditors", role: ROLE.reader, memberCount: 3, imsGroups: [] },
  { name: "Field Supervisors", description: "Supervisors of field crews", role: null, memberCount: 5, imsGroups: [] },
  { name: "Procurement", description: "Purchasing and contracts", role: null, memberCount: 3, imsGroups: ["Riverbend Procurement"] },
  { name: "Executives", description: "Leadership team", role: null, memberCount: 0, imsGroups: [] },
];
