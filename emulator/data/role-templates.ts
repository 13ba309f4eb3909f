// Role templates of every seeded iTwin and of the Account iTwin. Role n (1-based) of an iTwin keeps a
// fixed id, so the order here is the contract.
import { READ_PERMISSIONS } from "./permission-catalogue";

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

/** Account roles: defined on the Account iTwin (role n gets id fixedId("9a", n)), usable on every iTwin of it. */
export const ACCOUNT_ROLE_TEMPLATES: readonly RoleTemplate[] = [
  { displayName: "Account Reader", description: "Reads every iTwin of the account", type: "Custom", permissions: READ_PERMISSIONS },
  {
    displayName: "Account Auditor",
    description: "Reviews members and access across the account",
    type: "Custom",
    permissions: ["itwins_read", "administration_view_members", "administration_view_audit"],
  },
  {
    displayName: "Account Member Administrator",
    description: "Adds and removes members on iTwins of the account",
    type: "Custom",
    permissions: ["itwins_read", "administration_view_members", "administration_invite_member", "administration_remove_member"],
  },
];
