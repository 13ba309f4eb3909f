// Every operation in one list, for whoever walks them all (the emulator registers its routes from it,
// tests check it). Features import the area tables directly.
import { groupOperations } from "./accesscontrol-groups";
import { jobOperations } from "./accesscontrol-jobs";
import { shareOperations } from "./accesscontrol-shares";
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
  ...jobOperations,
  ...shareOperations,
  ...edfsOperations,
  ...iTwinOperations,
  ...userOperations,
};

export type OperationName = keyof typeof operations;

export const allOperations: readonly AnyOperation[] = Object.values(operations);
