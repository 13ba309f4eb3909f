// Every operation in one list, for whoever walks them all (the emulator registers its routes from it,
// tests check it). Features import the area tables directly.
import { groupOperations } from "./accesscontrol-groups";
import { memberOperations } from "./accesscontrol-members";
import { roleOperations } from "./accesscontrol-roles";
import type { AnyOperation } from "./define";
import { edfsOperations } from "./edfs";
import { iTwinOperations } from "./itwins";
import { userOperations } from "./users";

export const operations = {
  ...roleOperations,
  ...memberOperations,
  ...groupOperations,
  ...edfsOperations,
  ...iTwinOperations,
  ...userOperations,
};

export type OperationName = keyof typeof operations;

export const allOperations: readonly AnyOperation[] = Object.values(operations);
