// Each data preset's seeder, by name: what a reset (or a switch of preset) builds the store from.
import type { Preset } from "../api/control-client";
import { seedDemo } from "./seed-demo";
import { seedLarge } from "./seed-large";
import { seedOrgLarge, seedOrgPlans, seedOrgSmall } from "./seed-org";
import type { Store } from "./store";

const seeders: Record<Preset, () => Store> = {
  demo: seedDemo,
  large: seedLarge,
  org: seedOrgLarge,
  "org-small": seedOrgSmall,
  "org-plans": seedOrgPlans,
};

export const seedPreset = (preset: Preset): Store => seeders[preset]();
