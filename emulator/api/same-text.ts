// Case aside, the same text: how the service compares e-mails, group and role names, package names and
// the words of a query (a share contract, a status, a subclass).
export const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
