// "Import from a spreadsheet": rows of `e-mail, iTwin, role` checked one by one against the organization
// index, and the good ones made into a plan — per iTwin, a new member with their roles, or the roles
// added to a member's own (kept as they are). Someone the index does not know is invited: the Access
// Control job would refuse an address outside the organization, add-user-members invites it.
// The text is read by Papa Parse (quoting, delimiters a spreadsheet's copy or export uses: comma,
// semicolon, tab), never split by hand.
import Papa from "papaparse";
import { isEmail } from "../../lib/email-list";
import { hasFacts } from "../itwin-summary";
import type { OrgIndex } from "../index-queries";
import type { ITwinSnapshot, RoleFact } from "../snapshot";
import type { ImportDraft, ImportedRow, RowProblem } from "./import-draft";
import type { ITwinChanges, Plan, PlanChange } from "./plan";

/** What updateUserMemberRoles takes at most, so what one member may hold. */
export const MAX_ROLES_PER_MEMBER = 50;

export interface SheetRow {
  /** 1-based, the header row included: the number a spreadsheet shows. */
  row: number;
  email: string;
  itwin: string;
  role: string;
}

const clean = (cell: string | undefined) => (cell ?? "").trim();
const lower = (s: string) => s.trim().toLowerCase();

/** Which columns hold what: from a header row when there is one, else e-mail, iTwin, role in that order. */
function columnsOf(first: string[]): { header: boolean; email: number; itwin: number; role: number } {
  const cells = first.map(lower);
  const at = (test: RegExp) => cells.findIndex((c) => test.test(c));
  const header = !cells.some((c) => isEmail(c)) && at(/e-?mail/) >= 0;
  if (!header) return { header, email: 0, itwin: 1, role: 2 };
  const email = at(/e-?mail/);
  const itwin = at(/itwin|project/);
  const role = at(/role/);
  return itwin < 0 || role < 0 ? { header, email: 0, itwin: 1, role: 2 } : { header, email, itwin, role };
}

/** The rows of the text, and the ones that are not three cells (or not readable CSV), by row number. */
export function readSheet(text: string): { rows: SheetRow[]; problems: RowProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const problems: RowProblem[] = [];
  const broken = new Map<number, string>();
  for (const e of parsed.errors) if (e.type !== "Delimiter" && e.row !== undefined) broken.set(e.row, e.message);
  const data = parsed.data;
  const firstFilled = data.findIndex((cells) => cells.some((c) => clean(c)));
  if (firstFilled < 0) return { rows: [], problems };
  const columns = columnsOf(data[firstFilled]!);
  const rows: SheetRow[] = [];
  data.forEach((cells, i) => {
    const row = i + 1;
    if (!cells.some((c) => clean(c))) return;
    if (columns.header && i === firstFilled) return;
    const whole = cells.map(clean).join(", ");
    const why = broken.get(i);
    if (why) return void problems.push({ row, value: whole, message: `Not readable as CSV: ${why}.` });
    const used = new Set([columns.email, columns.itwin, columns.role]);
    const extra = cells.some((c, k) => !used.has(k) && clean(c));
    const [email, itwin, role] = [columns.email, columns.itwin, columns.role].map((k) => clean(cells[k]));
    if (!email || !itwin || !role || extra)
      return void problems.push({
        row,
        value: whole,
        message: "Expected three cells: an e-mail address, an iTwin (id or name) and a role.",
      });
    rows.push({ row, email: email!, itwin: itwin!, role: role! });
  });
  return { rows, problems };
}

type Found<T> = { ok: true; value: T } | { ok: false; message: string };

function grouped<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** Finds the iTwin a row names: by id, else by name, else by number; built once for all the rows. */
function iTwinFinder(index: OrgIndex): (text: string) => Found<ITwinSnapshot> {
  const byId = grouped(index.itwins, (t) => lower(t.id));
  const byName = grouped(index.itwins, (t) => lower(t.displayName));
  const byNumber = grouped(index.itwins, (t) => (t.number === null ? null : lower(t.number)));
  return (text) => {
    const key = lower(text);
    if (index.account && (lower(index.account.id) === key || lower(index.account.displayName) === key))
      return {
        ok: false,
        message:
          "This is the Account iTwin: its members are not added from a spreadsheet. Name the iTwin to give an Account iTwin role on.",
      };
    const matches = byId.get(key) ?? byName.get(key) ?? byNumber.get(key) ?? [];
    return checked(matches);
  };
}

function checked(matches: readonly ITwinSnapshot[]): Found<ITwinSnapshot> {
  if (matches.length === 0) return { ok: false, message: "No iTwin of the organization has this id or name." };
  if (matches.length > 1)
    return { ok: false, message: `${matches.length} iTwins are named so: give the iTwin's id (${matches.map((t) => t.id).join(", ")}).` };
  const itwin = matches[0]!;
  if (itwin.state === "noAccess") return { ok: false, message: `Your account may not read the members of ${itwin.displayName}.` };
  if (!hasFacts(itwin)) return { ok: false, message: `The index has not read ${itwin.displayName} yet: finish or retry the crawl first.` };
  return { ok: true, value: itwin };
}

function findRole(index: OrgIndex, itwin: ITwinSnapshot, text: string): Found<RoleFact> {
  const key = lower(text);
  const own = itwin.roles;
  const shared = index.account?.roles ?? [];
  const all = [...own, ...shared];
  const byId = all.find((r) => lower(r.id) === key);
  if (byId) return { ok: true, value: byId };
  const named = all.filter((r) => lower(r.displayName) === key);
  if (named.length === 1) return { ok: true, value: named[0]! };
  if (named.length > 1)
    return {
      ok: false,
      message: `${named.length} roles are named so on ${itwin.displayName} (its own and the Account iTwin's): give the role's id (${named.map((r) => r.id).join(", ")}).`,
    };
  return {
    ok: false,
    message: `${itwin.displayName} has no role of this name${shared.length ? ", nor has the Account iTwin" : ""}.`,
  };
}

export interface ImportOptions {
  id: string;
  /** The plan this one re-makes (its text edited): what was left out there stays left out. */
  previous?: Plan | null;
  now?: number;
  fileName?: string | null;
  /** E-mail addresses of the organization (the index's people directory); anyone else is invited. */
  known: Iterable<string | null>;
}

interface Wanted {
  itwin: ITwinSnapshot;
  email: string;
  rows: { row: SheetRow; role: RoleFact }[];
}

/** The plan of the good rows, with every row that could not be taken named with its number. */
export function importPlan(index: OrgIndex, text: string, options: ImportOptions): Plan {
  const { rows, problems } = readSheet(text);
  const known = new Set([...options.known].flatMap((e) => (e ? [lower(e)] : [])));
  const findITwin = iTwinFinder(index);
  const seen = new Map<string, number>();
  const wanted = new Map<string, Wanted>();
  for (const row of rows) {
    if (!isEmail(row.email)) {
      problems.push({ row: row.row, value: row.email, message: "Not an e-mail address." });
      continue;
    }
    const itwin = findITwin(row.itwin);
    if (!itwin.ok) {
      problems.push({ row: row.row, value: row.itwin, message: itwin.message });
      continue;
    }
    const role = findRole(index, itwin.value, row.role);
    if (!role.ok) {
      problems.push({ row: row.row, value: row.role, message: role.message });
      continue;
    }
    const key = `${itwin.value.id}\n${lower(row.email)}`;
    const same = seen.get(`${key}\n${role.value.id}`);
    if (same !== undefined) {
      problems.push({ row: row.row, value: `${row.email}, ${row.itwin}, ${row.role}`, message: `The same as row ${same}.` });
      continue;
    }
    seen.set(`${key}\n${role.value.id}`, row.row);
    const entry = wanted.get(key) ?? { itwin: itwin.value, email: row.email, rows: [] };
    entry.rows.push({ row, role: role.value });
    wanted.set(key, entry);
  }

  const members = new Map<string, Map<string, ITwinSnapshot["users"][number]>>();
  const membersOf = (itwin: ITwinSnapshot) => {
    let byEmail = members.get(itwin.id);
    if (!byEmail) members.set(itwin.id, (byEmail = new Map(itwin.users.flatMap((u) => (u.email ? [[lower(u.email), u] as const] : [])))));
    return byEmail;
  };
  const imported: ImportedRow[] = [];
  const byITwin = new Map<string, ITwinChanges>();
  for (const { itwin, email, rows: mine } of wanted.values()) {
    const member = membersOf(itwin).get(lower(email));
    const held = member?.roleIds ?? [];
    const heldKeys = new Set(held.map(lower));
    const fresh = mine.filter((r) => !heldKeys.has(lower(r.role.id)));
    const total = held.length + fresh.length;
    if (fresh.length && total > MAX_ROLES_PER_MEMBER) {
      for (const r of fresh)
        problems.push({
          row: r.row.row,
          value: r.row.role,
          message: `${email} would hold ${total} roles on ${itwin.displayName}: the API allows at most ${MAX_ROLES_PER_MEMBER} per member.`,
        });
      continue;
    }
    const id = `${itwin.id}:import:${lower(email)}`;
    const changeId = fresh.length ? id : null;
    for (const r of mine)
      imported.push({
        row: r.row.row,
        email,
        iTwinId: itwin.id,
        iTwinName: itwin.displayName,
        roleId: r.role.id,
        roleName: r.role.displayName,
        changeId: heldKeys.has(lower(r.role.id)) ? null : changeId,
      });
    if (!fresh.length) continue;
    const roleIds = fresh.map((r) => r.role.id);
    const roles = fresh.map((r) => ({ id: r.role.id, displayName: r.role.displayName, permissions: [...r.role.permissions] }));
    const change: PlanChange = member
      ? {
          id,
          kind: "changeUserRoles",
          selected: true,
          userId: member.id,
          email: member.email,
          from: [...held],
          to: [...held, ...roleIds],
          roles,
        }
      : {
          id,
          kind: "addUserMember",
          selected: true,
          email,
          roleIds,
          roles,
          ...(!known.has(lower(email)) && { invite: true }),
        };
    const before = options.previous?.itwins.find((t) => t.iTwinId === itwin.id)?.changes.find((c) => c.id === id);
    if (before && !before.selected) change.selected = false;
    const group = byITwin.get(itwin.id) ?? { iTwinId: itwin.id, iTwinName: itwin.displayName, changes: [] };
    group.changes.push(change);
    byITwin.set(itwin.id, group);
  }

  problems.sort((a, b) => a.row - b.row);
  imported.sort((a, b) => a.row - b.row);
  const fileName = options.fileName ?? null;
  const source: ImportDraft = { text, fileName, problems, rows: imported };
  return {
    version: 1,
    id: options.id,
    kind: "import",
    title: fileName ? `Import from ${fileName}` : "Import from a spreadsheet",
    createdAt: options.now ?? Date.now(),
    itwins: [...byITwin.values()],
    // Rows naming an iTwin the index lacks are refused one by one; nothing else is said about the rest.
    lacking: [],
    source,
  };
}

/** The people a plan invites (not in the organization), once each, with the iTwins they are invited to. */
export function invitedPeople(plan: Plan): { email: string; iTwins: string[] }[] {
  const out = new Map<string, { email: string; iTwins: string[] }>();
  for (const itwin of plan.itwins)
    for (const c of itwin.changes) {
      if (c.kind !== "addUserMember" || !c.invite) continue;
      const entry = out.get(lower(c.email)) ?? { email: c.email, iTwins: [] };
      entry.iTwins.push(itwin.iTwinName);
      out.set(lower(c.email), entry);
    }
  return [...out.values()];
}
