// Fixed vocabulary the seeds draw from: permission strings, role templates, names. Kept apart from the
// seeding code so the seeded ids and names can be read in one place.

const PERMISSIONS_BY_SERVICE: Record<string, string[]> = {
  administration: [
    "administration_manage_roles",
    "administration_invite_member",
    "administration_remove_member",
    "administration_manage_groups",
    "administration_view_members",
    "administration_manage_settings",
    "administration_view_audit",
    "administration_manage_shares",
  ],
  imodels: [
    "imodels_read",
    "imodels_write",
    "imodels_manage",
    "imodels_delete",
    "imodels_webview",
    "imodels_changesets_read",
    "imodels_named_versions_manage",
    "imodels_export",
    "imodels_sync",
  ],
  edfs: ["edfs_ilsmng", "edfs_objipexec", "edfs_projmng", "edfs_read", "edfs_timers_manage", "edfs_systems_manage", "edfs_odata_read"],
  itwins: ["itwins_read", "itwins_modify", "itwins_create", "itwins_delete", "itwins_manage_favorites", "itwins_repositories_manage"],
  forms: ["forms_view", "forms_create", "forms_edit", "forms_delete", "forms_manage_templates", "forms_export", "forms_approve"],
  issues: [
    "issues_view",
    "issues_create",
    "issues_edit",
    "issues_delete",
    "issues_assign",
    "issues_close",
    "issues_comment",
    "issues_export",
  ],
  reality: [
    "reality_read",
    "reality_upload",
    "reality_manage",
    "reality_delete",
    "reality_analysis_run",
    "reality_modeling_run",
    "reality_share",
  ],
  storage: ["storage_read", "storage_upload", "storage_delete", "storage_manage_folders", "storage_share"],
  synchronization: ["synchronization_read", "synchronization_run", "synchronization_manage"],
  changedelements: ["changedelements_read", "changedelements_enable"],
  clashdetection: ["clashdetection_read", "clashdetection_run", "clashdetection_manage"],
  validation: ["validation_read", "validation_run", "validation_manage_rules"],
  mesh: ["mesh_export_read", "mesh_export_run"],
  transformations: ["transformations_read", "transformations_run"],
  webhooks: ["webhooks_read", "webhooks_manage"],
  savedviews: ["savedviews_read", "savedviews_manage"],
  grouping: ["grouping_read", "grouping_manage"],
  reporting: ["reporting_read", "reporting_manage", "reporting_run"],
};

export const BASE_PERMISSIONS: readonly string[] = Object.values(PERMISSIONS_BY_SERVICE).flat();

const EXTRA_SERVICES = [
  "bridges",
  "rail",
  "roads",
  "tunnels",
  "water",
  "power",
  "mining",
  "plant",
  "digitaltwin",
  "iot",
  "sensors",
  "schedule",
  "cost",
  "contracts",
  "bids",
  "drawings",
  "specs",
  "submittals",
  "rfis",
  "punchlist",
  "inspections",
  "permits",
  "assets",
  "maintenance",
  "energy",
  "geospatial",
  "survey",
  "lidar",
  "drones",
  "insights",
  "workflows",
  "notifications",
  "audit",
];
const EXTRA_VERBS = ["read", "create", "update", "delete", "manage", "export", "import", "approve", "share", "admin"];

/** The large preset's catalogue: the base permissions plus generated per-service ones (> 400). */
export function largePermissions(): string[] {
  return [...BASE_PERMISSIONS, ...EXTRA_SERVICES.flatMap((s) => EXTRA_VERBS.map((v) => `${s}_${v}`))];
}

export const READ_PERMISSIONS: readonly string[] = [
  "itwins_read",
  "imodels_read",
  "imodels_webview",
  "imodels_changesets_read",
  "forms_view",
  "issues_view",
  "reality_read",
  "storage_read",
  "savedviews_read",
  "grouping_read",
  "reporting_read",
  "administration_view_members",
  "edfs_read",
  "synchronization_read",
  "changedelements_read",
  "clashdetection_read",
  "validation_read",
  "mesh_export_read",
  "transformations_read",
  "webhooks_read",
];

export interface RoleTemplate {
  displayName: string;
  description: string;
  type: "Default" | "Custom";
  permissions: readonly string[];
}

/** Role n (1-based) of every seeded iTwin gets id fixedId(`c<iTwin#>`, n); the order here is the contract. */
export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  {
    displayName: "iTwin Reader",
    description: "Read-only access to the iTwin and its data",
    type: "Default",
    permissions: READ_PERMISSIONS,
  },
  {
    displayName: "iTwin Contributor",
    description: "Reads and edits iTwin data",
    type: "Default",
    permissions: [
      ...READ_PERMISSIONS,
      "imodels_write",
      "forms_create",
      "forms_edit",
      "issues_create",
      "issues_edit",
      "issues_comment",
      "storage_upload",
      "reality_upload",
      "savedviews_manage",
    ],
  },
  {
    displayName: "Read Access",
    description: "Read Access",
    type: "Default",
    permissions: ["itwins_read", "imodels_read", "imodels_webview", "storage_read"],
  },
  {
    displayName: "Write Access",
    description: "Write Access",
    type: "Default",
    permissions: ["itwins_read", "itwins_modify", "imodels_read", "imodels_write", "storage_read", "storage_upload"],
  },
  {
    displayName: "EDFS_integration",
    description: "Runs integration packages",
    type: "Custom",
    permissions: ["itwins_read", "edfs_read", "edfs_odata_read", "edfs_objipexec"],
  },
  {
    // The demo manager's role: member and role administration, EDFS access management, no edfs_objipexec.
    displayName: "Project Manager",
    description: "Manages roles, members and groups of the project",
    type: "Custom",
    permissions: [
      ...READ_PERMISSIONS,
      "administration_manage_roles",
      "administration_invite_member",
      "administration_remove_member",
      "administration_manage_groups",
      "edfs_ilsmng",
      "edfs_projmng",
      "issues_assign",
      "issues_close",
      "forms_approve",
    ],
  },
  {
    displayName: "Document Controller",
    description: "Controls forms and documents",
    type: "Custom",
    permissions: [
      ...READ_PERMISSIONS,
      "forms_create",
      "forms_edit",
      "forms_delete",
      "forms_manage_templates",
      "forms_export",
      "storage_upload",
      "storage_delete",
      "storage_manage_folders",
      "storage_share",
    ],
  },
  {
    displayName: "Surveyor",
    description: "Captures and processes reality data",
    type: "Custom",
    permissions: [...READ_PERMISSIONS, "reality_upload", "reality_manage", "reality_modeling_run"],
  },
  {
    displayName: "Safety Inspector",
    description: "Raises safety issues and inspection forms",
    type: "Custom",
    permissions: [...READ_PERMISSIONS, "issues_create", "issues_comment", "forms_create"],
  },
  {
    displayName: "Model Coordinator",
    description: "Coordinates iModels, clashes and validation",
    type: "Custom",
    permissions: [
      ...READ_PERMISSIONS,
      "imodels_manage",
      "clashdetection_run",
      "validation_run",
      "synchronization_run",
      "changedelements_enable",
    ],
  },
];

/** 1-based role numbers in ROLE_TEMPLATES, named for the seeds. */
export const ROLE = {
  reader: 1,
  contributor: 2,
  readAccess: 3,
  writeAccess: 4,
  edfsIntegration: 5,
  projectManager: 6,
  documentController: 7,
  surveyor: 8,
  safetyInspector: 9,
  modelCoordinator: 10,
} as const;

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

export const GIVEN_NAMES = [
  "Alice",
  "Ben",
  "Carla",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Kira",
  "Luis",
  "Maya",
  "Nils",
  "Olga",
  "Pedro",
  "Quinn",
  "Rosa",
  "Sven",
  "Tara",
  "Umar",
  "Vera",
  "Wen",
  "Xavier",
  "Yara",
  "Zane",
  "Amir",
  "Bianca",
  "Chen",
  "Daria",
  "Emil",
  "Fatima",
  "Gustav",
  "Hana",
  "Ivan",
  "Julia",
  "Kofi",
  "Lena",
];
export const SURNAMES = [
  "Anderson",
  "Brooks",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Garcia",
  "Hopkins",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Quintero",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Ueda",
  "Varga",
  "Weber",
  "Xu",
  "Yilmaz",
  "Zimmerman",
  "Novak",
  "Silva",
  "Murphy",
  "Larsen",
];

export const ITWIN_TEMPLATES = [
  { displayName: "White River Bridge", number: "WRB-2024-001", subClass: "Project", type: "Bridge", geographicLocation: "Exton, PA" },
  {
    displayName: "Cedar Creek Interchange",
    number: "CCI-2023-014",
    subClass: "Project",
    type: "Road",
    geographicLocation: "Lancaster, PA",
  },
  {
    displayName: "Riverbend Water Treatment Plant",
    number: "RWT-2022-007",
    subClass: "Asset",
    type: "Water",
    geographicLocation: "Harrisburg, PA",
  },
  { displayName: "North Yard Rail Depot", number: "NYD-2025-003", subClass: "Project", type: "Rail", geographicLocation: "Reading, PA" },
] as const;

export const PACKAGE_TEMPLATES = [
  {
    uniqueName: "SQL_CUSTOMERS_TABLE",
    name: "Sql Customers",
    description: "A package for retrieving data from an SQL Database table",
    projectStage: "Preview",
    isOdata: false,
  },
  {
    uniqueName: "SAP_WORK_ORDERS",
    name: "SAP Work Orders",
    description: "Reads and creates SAP plant-maintenance work orders",
    projectStage: "Current",
    isOdata: true,
  },
  {
    uniqueName: "MAXIMO_ASSET_REGISTER",
    name: "Maximo Asset Register",
    description: "Synchronises the IBM Maximo asset register",
    projectStage: "Current",
    isOdata: false,
  },
] as const;
