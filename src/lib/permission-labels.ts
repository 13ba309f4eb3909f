// Readable names for Access Control permission keys, so screens can say "Manage roles" beside
// `administration_manage_roles`. Covers the permissions Bentley documents for the administration and
// EDFS operations, and every permission the local emulator seeds. A key not listed here has no label:
// callers then show the raw key, which is always correct.

export interface PermissionLabel {
  /** A short name, in sentence case. */
  label: string;
  /** One line saying what holding the permission allows. */
  description: string;
}

export const PERMISSION_LABELS: Readonly<Record<string, PermissionLabel>> = {
  // Access Control. The first four gate the operations in docs/api-reference.md; the rest are the emulator's.
  administration_manage_roles: { label: "Manage roles", description: "List, create, rename, delete roles and change their permissions." },
  administration_invite_member: {
    label: "Add and invite members",
    description: "Add users, groups and owners, invite people from outside, and change members' roles.",
  },
  administration_remove_member: { label: "Remove members", description: "Remove users, groups and owners from the iTwin." },
  administration_manage_groups: { label: "Manage groups", description: "Create, edit and delete the iTwin's groups." },
  administration_view_members: { label: "View members", description: "See who is a member of the iTwin and which roles they hold." },
  administration_manage_settings: { label: "Manage iTwin settings", description: "Change the iTwin's administrative settings." },
  administration_view_audit: { label: "View audit trail", description: "Read the record of administrative changes on the iTwin." },
  administration_manage_shares: {
    label: "Manage shares",
    description: "Create and revoke share links that give read access without signing in.",
  },

  // EDFS, integration packages. The first three gate the documented EDFS operations.
  edfs_ilsmng: {
    label: "Manage integration package access",
    description: "Decide which iTwin roles hold which roles of an integration package.",
  },
  edfs_objipexec: {
    label: "Execute integration packages",
    description: "Run integration packages; needed to grant the package role Execute Integration Package.",
  },
  edfs_projmng: {
    label: "Manage subscribed packages",
    description: "List the organization's subscribed integration packages and their details.",
  },
  edfs_read: { label: "Read federated data", description: "Read data that integration packages bring into the iTwin." },
  edfs_timers_manage: {
    label: "Manage package timers",
    description: "Schedule integration packages to run on a timer, and cancel schedules.",
  },
  edfs_systems_manage: { label: "Manage connected systems", description: "Register and remove the external systems packages read from." },
  edfs_odata_read: { label: "Read packages over OData", description: "Query integration packages through their OData endpoints." },

  // iTwins (Bentley's authorization guide uses itwins_create as its example).
  itwins_read: { label: "View iTwin", description: "See the iTwin and its properties." },
  itwins_modify: { label: "Edit iTwin", description: "Change the iTwin's name, number, location and other properties." },
  itwins_create: { label: "Create iTwins", description: "Create new iTwins." },
  itwins_delete: { label: "Delete iTwin", description: "Delete the iTwin." },
  itwins_manage_favorites: { label: "Manage favorites", description: "Add the iTwin to favorites and remove it." },
  itwins_repositories_manage: { label: "Manage repositories", description: "Connect and disconnect the iTwin's data repositories." },

  // iModels.
  imodels_read: { label: "Read iModels", description: "Open and read the iTwin's iModels." },
  imodels_write: { label: "Write iModels", description: "Push changes to the iTwin's iModels." },
  imodels_manage: { label: "Manage iModels", description: "Create iModels and change their settings." },
  imodels_delete: { label: "Delete iModels", description: "Delete the iTwin's iModels." },
  imodels_webview: { label: "View iModels in the browser", description: "View iModels in web viewers." },
  imodels_changesets_read: { label: "Read changesets", description: "Read the history of changes pushed to iModels." },
  imodels_named_versions_manage: { label: "Manage named versions", description: "Create, rename and hide named versions of iModels." },
  imodels_export: { label: "Export iModels", description: "Export iModels to other formats." },
  imodels_sync: { label: "Synchronize iModels", description: "Bring source files into iModels." },

  // Forms.
  forms_view: { label: "View forms", description: "Open the iTwin's forms." },
  forms_create: { label: "Create forms", description: "Fill in and submit new forms." },
  forms_edit: { label: "Edit forms", description: "Change forms already submitted." },
  forms_delete: { label: "Delete forms", description: "Delete forms." },
  forms_manage_templates: { label: "Manage form templates", description: "Create and change the templates forms are made from." },
  forms_export: { label: "Export forms", description: "Export forms to files." },
  forms_approve: { label: "Approve forms", description: "Approve or reject submitted forms." },

  // Issues.
  issues_view: { label: "View issues", description: "See the iTwin's issues." },
  issues_create: { label: "Create issues", description: "Raise new issues." },
  issues_edit: { label: "Edit issues", description: "Change existing issues." },
  issues_delete: { label: "Delete issues", description: "Delete issues." },
  issues_assign: { label: "Assign issues", description: "Assign issues to people." },
  issues_close: { label: "Close issues", description: "Close and reopen issues." },
  issues_comment: { label: "Comment on issues", description: "Add comments to issues." },
  issues_export: { label: "Export issues", description: "Export issues to files." },

  // Reality data.
  reality_read: { label: "Read reality data", description: "View reality data such as point clouds and meshes." },
  reality_upload: { label: "Upload reality data", description: "Upload new reality data." },
  reality_manage: { label: "Manage reality data", description: "Change and organize reality data." },
  reality_delete: { label: "Delete reality data", description: "Delete reality data." },
  reality_analysis_run: { label: "Run reality analysis", description: "Run analysis jobs on reality data." },
  reality_modeling_run: {
    label: "Run reality modeling",
    description: "Run reality modeling jobs that build meshes from photos and scans.",
  },
  reality_share: { label: "Share reality data", description: "Share reality data with people outside the iTwin." },

  // Storage.
  storage_read: { label: "Read files", description: "Browse and download the iTwin's files." },
  storage_upload: { label: "Upload files", description: "Upload files and new versions." },
  storage_delete: { label: "Delete files", description: "Delete files and folders." },
  storage_manage_folders: { label: "Manage folders", description: "Create, rename and move folders." },
  storage_share: { label: "Share files", description: "Share files with people outside the iTwin." },

  // Synchronization.
  synchronization_read: { label: "View synchronization", description: "See synchronization connections and their runs." },
  synchronization_run: { label: "Run synchronization", description: "Start synchronization runs." },
  synchronization_manage: { label: "Manage synchronization", description: "Create, change and delete synchronization connections." },

  // Analysis services.
  changedelements_read: { label: "Read changed elements", description: "See which elements changed between iModel versions." },
  changedelements_enable: { label: "Enable changed elements", description: "Turn change tracking on for an iModel." },
  clashdetection_read: { label: "Read clash results", description: "See clash detection tests and results." },
  clashdetection_run: { label: "Run clash detection", description: "Run clash detection tests." },
  clashdetection_manage: { label: "Manage clash tests", description: "Create, change and delete clash detection tests." },
  validation_read: { label: "Read validation results", description: "See validation tests and results." },
  validation_run: { label: "Run validation", description: "Run validation tests." },
  validation_manage_rules: { label: "Manage validation rules", description: "Create, change and delete validation rules." },
  mesh_export_read: { label: "Read mesh exports", description: "Download meshes exported from iModels." },
  mesh_export_run: { label: "Export meshes", description: "Start mesh exports from iModels." },
  transformations_read: { label: "Read transformations", description: "See iModel transformations and their results." },
  transformations_run: { label: "Run transformations", description: "Run iModel transformations." },

  // Integrations and views.
  webhooks_read: { label: "View webhooks", description: "See the iTwin's webhooks." },
  webhooks_manage: { label: "Manage webhooks", description: "Create, change and delete webhooks." },
  savedviews_read: { label: "View saved views", description: "Open saved views." },
  savedviews_manage: { label: "Manage saved views", description: "Create, change and delete saved views." },
  grouping_read: { label: "View groupings", description: "See element groupings and mappings." },
  grouping_manage: { label: "Manage groupings", description: "Create, change and delete element groupings and mappings." },
  reporting_read: { label: "View reports", description: "Read reports built from iModel data." },
  reporting_manage: { label: "Manage reports", description: "Create, change and delete report definitions." },
  reporting_run: { label: "Run reports", description: "Run reports to refresh their data." },
};

/** The readable label and description of a permission key, or undefined when it has none (show the key). */
export function permissionLabel(key: string): PermissionLabel | undefined {
  return Object.hasOwn(PERMISSION_LABELS, key) ? PERMISSION_LABELS[key] : undefined;
}

/** What a person reads for a permission: its label, or the key itself when it has none. */
export function permissionText(key: string): string {
  return permissionLabel(key)?.label ?? key;
}

/** Whether typed text (already trimmed and lower-cased) finds the permission by its key or its label. */
export function permissionMatches(key: string, text: string): boolean {
  if (key.toLowerCase().includes(text)) return true;
  const label = permissionLabel(key)?.label;
  return label !== undefined && label.toLowerCase().includes(text);
}
