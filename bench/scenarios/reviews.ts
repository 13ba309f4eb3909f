// Access reviews over the `org` preset (1,000 iTwins, 50,000 people), timed on the review model itself
// (the same code the page runs, here in Node's V8) from the index the crawl would have built:
// - opening a campaign of every grant: taking it from the index, opening it (lookups by id), and the
//   progress per iTwin the page shows first; the e-mail domains are given, as the page gives them (set in
//   the new-review dialog, proposed from the people list before the review starts);
// - opening it again as a reload does: the stored lines (their compact form) parsed and checked, then opened;
// - a bulk decision over 10,000 lines (a filter by iTwin), with the progress counted again;
// - the evidence table of every line (CSV/JSON's rows), for information.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { seedOrgLarge } from "../../emulator/data/seed-org.ts";
import { isAccount, type ITwinRecord, type Store } from "../../emulator/data/store.ts";
import type { OrgIndex } from "../../src/org/index-queries.ts";
import type { ITwinSnapshot, PersonRef, RoleFact } from "../../src/org/snapshot.ts";
import { Campaign } from "../../src/org/review/campaign.ts";
import { createCampaign } from "../../src/org/review/create.ts";
import { defaultDomains } from "../../src/org/review/hints.ts";
import { decideWhere, progressOf } from "../../src/org/review/decisions.ts";
import { evidenceTable } from "../../src/org/review/evidence.ts";
import { decodeLines, encodeLines } from "../../src/org/review/line-store.ts";
import { openCampaign } from "../../src/org/review/view.ts";

export interface ReviewsSample {
  wallMs: number;
  cpuMs: number;
}

export interface ReviewsSet {
  label: string;
  itwins: number;
  lines: number;
  /** Grants as the org benchmark counts them (a group's role counted once per group member). */
  grants: number;
  open: ReviewsSample[];
  reopen: ReviewsSample[];
  bulk: ReviewsSample[];
  bulkLines: number;
  evidence: ReviewsSample[];
}

export interface ReviewsResult {
  sets: ReviewsSet[];
  /** The machine's load while measuring (1-minute average, and its cores). */
  load: number;
  cores: number;
}

const SAMPLES = 3;
export const reviewer = { id: "bench-admin", name: "Bench Admin" };

function person(store: Store, id: string): PersonRef {
  const u = store.users.get(id);
  if (!u || u.missing) return { id, email: null, givenName: null, surname: null };
  return { id, email: u.email, givenName: u.givenName, surname: u.surname };
}

const rolesOf = (t: ITwinRecord): RoleFact[] =>
  [...t.roles.values()].map((r) => ({ id: r.id, displayName: r.displayName, permissions: r.permissions }));

/** The index a complete crawl of the store would hold: every iTwin's facts as fetch-facts keeps them. */
export function indexOfStore(store: Store, now: number): OrgIndex {
  const account = [...store.itwins.values()].find(isAccount) ?? null;
  const shares = new Map<string, { id: string; expiration: string }[]>();
  for (const s of store.shares.values()) shares.set(s.iTwinId, [...(shares.get(s.iTwinId) ?? []), { id: s.id, expiration: s.expiration }]);
  const itwins: ITwinSnapshot[] = [];
  for (const t of store.itwins.values()) {
    if (isAccount(t)) continue;
    itwins.push({
      id: t.id,
      displayName: t.displayName,
      number: t.number,
      state: "done",
      snapshotAt: now,
      roles: rolesOf(t),
      users: [...t.userMembers].map(([id, roleIds]) => ({ ...person(store, id), roleIds })),
      groupMembers: [...t.groupMembers].map(([id, roleIds]) => ({
        id,
        name: t.groups.get(id)?.name ?? account?.groups.get(id)?.name ?? id,
        roleIds,
      })),
      groups: [...t.groups.values()].map((g) => ({ id: g.id, name: g.name, memberIds: g.memberIds })),
      owners: t.owners.map((id) => person(store, id)),
      invitations: t.invitations
        .filter((i) => i.status === "Pending")
        .map((i) => ({ id: i.id, email: i.email, status: i.status, expirationDate: i.expirationDate })),
      shares: shares.get(t.id) ?? [],
    });
  }
  return {
    itwins,
    account: account && {
      id: account.id,
      displayName: account.displayName,
      roles: rolesOf(account),
      groups: [...account.groups.values()].map((g) => ({ id: g.id, name: g.name, memberIds: g.memberIds })),
      users: [...account.userMembers].map(([id, roleIds]) => ({ ...person(store, id), roleIds })),
      snapshotAt: now,
    },
  };
}

/**
 * Wall time, and the CPU time the process spent meanwhile: the machine is shared, and when other work
 * holds the cores the wall time measures the queue, not the model. The computation is single-threaded,
 * so its CPU time (plus the GC's helper threads, counted too) is what it takes on a core of its own.
 */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

/** Grants as the org benchmark counts them: each role of a member, each group role per group member, each ownership. */
function grantsOf(index: OrgIndex): number {
  let n = 0;
  for (const t of index.itwins) {
    for (const u of t.users) n += u.roleIds.length;
    for (const g of t.groupMembers) {
      const members = t.groups?.find((x) => x.id === g.id)?.memberIds ?? index.account?.groups.find((x) => x.id === g.id)?.memberIds ?? [];
      n += members.length * g.roleIds.length;
    }
    n += t.owners.length;
  }
  return n;
}

/** The same index with only every third member of each iTwin: 1,000 iTwins, about 100,000 lines. */
export function thinned(index: OrgIndex): OrgIndex {
  return { ...index, itwins: index.itwins.map((t) => ({ ...t, users: t.users.filter((_, i) => i % 3 === 0) })) };
}

function measureSet(label: string, index: OrgIndex, now: number, log: (line: string) => void): ReviewsSet {
  const emails = new Map<string, string>();
  for (const t of index.itwins) for (const p of [...t.users, ...t.owners]) if (p.email) emails.set(p.id, p.email);
  const domains = defaultDomains([...emails.values()]);
  const options = { name: "Bench review", organizationId: "riverbend", scope: { kind: "all" as const }, reviewer, domains };
  const out: ReviewsSet = {
    label,
    itwins: index.itwins.length,
    lines: 0,
    grants: grantsOf(index),
    open: [],
    reopen: [],
    bulk: [],
    bulkLines: 0,
    evidence: [],
  };
  const HeaderOnly = Campaign.omit({ lines: true });
  const sample = (t: { ms: number; cpuMs: number }): ReviewsSample => ({ wallMs: t.ms, cpuMs: t.cpuMs });

  for (let run = 0; run < SAMPLES; run++) {
    const opened = time(() => {
      const campaign = createCampaign(index, { ...options, id: `bench-${run}`, now });
      const view = openCampaign(campaign);
      progressOf(view, new Map());
      return view;
    });
    out.open.push(sample(opened));
    const view = opened.value;
    out.lines = view.lines.length;

    // As stored: the header as a row, the lines as one JSON string of their compact form (review-db.ts).
    const { lines, ...header } = view.campaign;
    const json = JSON.stringify(encodeLines(lines));
    const reopened = time(() => {
      const parsedLines = decodeLines(JSON.parse(json));
      if (!parsedLines) throw new Error("the stored lines did not read back");
      const campaign = { ...HeaderOnly.parse(header), lines: parsedLines };
      progressOf(openCampaign(campaign), new Map());
    });
    out.reopen.push(sample(reopened));

    // The first iTwins holding 10,000 lines between them, decided in one go.
    const perITwin = progressOf(view, new Map()).byITwin;
    const ids: string[] = [];
    let count = 0;
    for (const t of view.campaign.itwins) {
      if (count >= 10_000) break;
      ids.push(t.id);
      count += perITwin.get(t.id)!.lines;
    }
    const bulk = time(() => {
      const result = decideWhere(view, new Map(), { iTwinIds: ids }, { verdict: "revoke", note: "Project closed", by: reviewer, at: now });
      progressOf(view, result.decisions);
      return result;
    });
    out.bulk.push(sample(bulk));
    out.bulkLines = bulk.value.count;

    const evidence = time(() => evidenceTable({ campaign: view.campaign, decisions: bulk.value.decisions, results: new Map() }, { view }));
    out.evidence.push(sample(evidence));
    const f = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;
    log(
      `reviews, ${label}, run ${run + 1}: ${out.lines} lines; open ${f(opened)}, reopen ${f(reopened)}, ` +
        `bulk ${bulk.value.count} lines ${f(bulk)}, evidence ${f(evidence)}`,
    );
  }
  return out;
}

let built: { now: number; index: OrgIndex } | null = null;
/** The org preset's index, built once for the model figures and the scrolling alike (a 50,000-person seed). */
export function benchIndex(): { now: number; index: OrgIndex } {
  if (!built) {
    const now = Date.now();
    built = { now, index: indexOfStore(seedOrgLarge(now), now) };
  }
  return built;
}

export function measureReviews(log: (line: string) => void): ReviewsResult {
  const { now, index } = benchIndex();
  const sets = [measureSet("100,000 lines", thinned(index), now, log), measureSet("org preset in full", index, now, log)];
  return { sets, load: loadavg()[0]!, cores: cpus().length };
}
