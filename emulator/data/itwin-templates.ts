// The named iTwins and integration packages of every preset (generated ones follow them).
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
