// The integration package the tests answer with: the subscribed package of the EDFS documentation's example.
export const SQL_PACKAGE = {
  subscriptionId: "00000000-0000-0000-0000-000000000000",
  version: "0.0.1",
  uniqueName: "SQL_CUSTOMERS_TABLE",
  name: "Sql Customers",
  description: "A package for retrieving data from an SQL Database table",
  subscribedBy: "00000000-0000-0000-0000-000000000000",
  subscribedByName: "System",
  subscribedOn: "2024-04-24T13:03:26.24-04:00",
};
