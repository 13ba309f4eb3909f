// The five people a new user can sign in as. The identity provider checks their passwords; the API
// emulator seeds their memberships. Ids are fixed so tests and links stay stable across restarts.
export type DemoUserKey = "admin" | "admin2" | "manager" | "reader" | "outsider";

export interface DemoUser {
  key: DemoUserKey;
  id: string;
  email: string;
  password: string;
  givenName: string;
  surname: string;
  organization: string;
  /** Organization administrator: may do anything on the organization's iTwins. */
  orgAdmin: boolean;
  /** One line for the start banner and the README. */
  summary: string;
}

export const ORGANIZATION = "Riverbend Engineering";

export const DEMO_USERS: readonly DemoUser[] = [
  {
    key: "admin",
    id: "a0000000-0000-4000-8000-000000000001",
    email: "ada.admin@riverbend.example",
    password: "admin-demo",
    givenName: "Ada",
    surname: "Admin",
    organization: ORGANIZATION,
    orgAdmin: true,
    summary: "organization administrator: everything on every iTwin, though a member of none",
  },
  {
    key: "admin2",
    id: "a0000000-0000-4000-8000-000000000005",
    email: "tess.admin@riverbend.example",
    password: "admin2-demo",
    givenName: "Tess",
    surname: "Admin",
    organization: ORGANIZATION,
    orgAdmin: true,
    summary: "a second organization administrator (to hand work over, such as an access review)",
  },
  {
    key: "manager",
    id: "a0000000-0000-4000-8000-000000000002",
    email: "paul.manager@riverbend.example",
    password: "manager-demo",
    givenName: "Paul",
    surname: "Manager",
    organization: ORGANIZATION,
    orgAdmin: false,
    summary: "project manager: manages roles and members of the default iTwin (no edfs_objipexec)",
  },
  {
    key: "reader",
    id: "a0000000-0000-4000-8000-000000000003",
    email: "rita.reader@riverbend.example",
    password: "reader-demo",
    givenName: "Rita",
    surname: "Reader",
    organization: ORGANIZATION,
    orgAdmin: false,
    summary: "read-only member of the default iTwin",
  },
  {
    key: "outsider",
    id: "a0000000-0000-4000-8000-000000000004",
    email: "oscar.outsider@riverbend.example",
    password: "outsider-demo",
    givenName: "Oscar",
    surname: "Outsider",
    organization: ORGANIZATION,
    orgAdmin: false,
    summary: "signed-in user with no access to any iTwin",
  },
];

export const demoUser = (key: DemoUserKey): DemoUser => DEMO_USERS.find((u) => u.key === key)!;

/** The user a control call names: a demo key's user, else the text itself (a user id, or an e-mail the caller looks up). */
export const namedUserId = (who: string): string => DEMO_USERS.find((u) => u.key === who)?.id ?? who;

/** The iTwin the console opens first and the e2e scenarios use. */
export const DEFAULT_ITWIN_ID = "b0000000-0000-4000-8000-000000000001";
