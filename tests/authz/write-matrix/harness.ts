// The write-side privacy matrix (issue 17), generated from each aggregate's transition table:
// every move is attempted by every role, as a party to the record (its own customer, its assigned
// mechanic, its workshop's advisor...) and as a stranger of the same role, and by an anonymous
// caller. The expected answer comes from the machine alone:
//   anonymous                          -> UNAUTHENTICATED
//   a role the move's `who` lacks      -> FORBIDDEN (the rule map refuses before any row is read)
//   a stranger of a role in `who`      -> NOT_FOUND (exactly like a record that does not exist)
//   a party of a role in `who`         -> the move happens (admins are a party to every record, and
//                                         every account of the role to an `open` move's record)
//   SYSTEM (when `who` names it)       -> the move happens
// The answer alone proves nothing (a service that re-reads through the read scope can answer
// NOT_FOUND after its write went through), so every attempt also reads the record before and
// after (`Arranged.trace`): a move left the move's `to`, a refusal left status and audit rows as
// they were. A role of `who` with no party on the record fails unless the scenario says why.
// Beyond the whole matrix from one status, a party tries the move from every other status it may
// leave, and from one it may not (CONFLICT); what a scenario does not build shows as a todo.
// A file per aggregate (tests/authz/write-matrix/<aggregate>.test.ts) gives, per move, how to build
// a fresh record the move may leave and how to attempt the move.
//
// Moves no mutation of their own makes. Some moves happen only inside another aggregate's
// mutation (an escalation is quoted by createQuote, approved by approveQuote) or only for the
// system (a timer, a webhook, a side effect). Their scenario names the mutation or trigger in
// `via` (it shows in the test's name) and attempts the move on the machine itself, as the token's
// holder (`onMachine`): the machine checks `who` and the actor scope for every caller, so that is
// where the answer is decided. Every role must then be refused a SYSTEM-only move, and the system
// must be able to make every such move whose `who` names SYSTEM (`Arranged.system`).
import { describe, expect, it } from "vitest";
import type { Machine } from "../../../src/domain/state-machine.ts";
import { authenticate, type Viewer } from "../../../src/platform/auth/viewer.ts";
import type { Role } from "../../../src/platform/db/generated/enums.ts";
import { AppError } from "../../../src/platform/errors.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop, type CreatedUser } from "../../factories/index.ts";
import type { GraphQLResponse, TestApp } from "../../setup/test-app.ts";

export type Outcome = "MOVED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

/** What a move leaves on its record, read from the database: what a refusal must leave as it was. */
export interface Trace {
  /** The record's status now (null: no record yet, as before `pay` creates the payment). */
  status: string | null;
  /** How many audit rows name the record (a move may write one; a refusal writes none). */
  auditRows: number;
}

/** A record built for one attempt, and the users who are party to it, by role. */
export interface Arranged {
  /** The record's own users, by role (its customer, its mechanic, its workshop's advisor, its partner). */
  parties: Partial<Record<Role, CreatedUser>>;
  /**
   * Roles the move's `who` names that have no party on this record, each with why (an unclaimed
   * request has no mechanic). A role of `who` (admins aside) with neither a party nor a reason here
   * fails its party test: a missing scenario must not pass as a skip.
   */
  partyless?: Partial<Record<Role, string>>;
  /** Readies the record for the attempt by `token`'s holder, before its trace is read (a resume needs that party's own suspension first). */
  ready?(token: string | undefined): Promise<void>;
  /** Attempts the move as `token`'s holder (none: anonymous). */
  attempt(token: string | undefined): Promise<GraphQLResponse>;
  /** Attempts the move as the system; required when the move's `who` names SYSTEM. */
  system?(): Promise<GraphQLResponse>;
  /** Reads the record's trace now (traceOf builds it). */
  trace(): Promise<Trace>;
}

/**
 * How to exercise one move: a fresh record for each attempt. The whole matrix of callers is tried
 * on a record in the first status of `from`; a record in each other status the move may leave is
 * tried by a party of each role in `who` (and the system), and one in `conflict` by the first of them.
 */
export interface MoveScenario<S extends string = string> {
  /** What the variant is, when a move has several (a workshop's quote, a partner's quote). */
  label?: string;
  /** The mutation of another aggregate, or the system trigger, that makes the move (attempted `onMachine`). */
  via?: string;
  /** A fresh record in status `from` (undefined for a move that creates its record, as `pay`). */
  arrange(from?: S): Promise<Arranged>;
  /**
   * The statuses the move may leave that `arrange` builds, the matrix's first. Default: every
   * status of the move's `from`. One the scenario cannot build shows as a todo test.
   */
  from?: readonly S[];
  /**
   * A status the move may not leave: a party's attempt there answers CONFLICT and changes nothing.
   * null: there is none (the move leaves every status, or creates its record); missing: a todo test.
   */
  conflict?: S | null;
}

/**
 * The trace of record `id`: `status` reads its status; audit rows are counted by entity id.
 *
 * @param status reads the status, null when the record does not exist (yet)
 */
export function traceOf(app: TestApp, id: string, status: () => Promise<string | null | undefined>): () => Promise<Trace> {
  return async () => ({ status: (await status()) ?? null, auditRows: await app.prisma.auditLog.count({ where: { entityId: id } }) });
}

/**
 * Attempts of a move made on its machine (see the header): `move(actor)` makes it as the token
 * holder's viewer or as SYSTEM and returns the transitions made. Answers as the API would:
 * UNAUTHENTICATED for nobody signed in (every mutation refuses an anonymous caller first), the
 * machine's error code, NOT_FOUND when nothing in the caller's scope moved, else data.
 */
export function onMachine(app: TestApp, move: (actor: Viewer | "SYSTEM") => Promise<readonly unknown[]>): Pick<Arranged, "attempt" | "system"> {
  const as = async (actor: Viewer | "SYSTEM" | null): Promise<GraphQLResponse> => {
    const refused = (extensions: Record<string, unknown>): GraphQLResponse => ({ status: 200, data: null, errors: [{ message: String(extensions.code), extensions }], body: "" });
    if (actor === null) return refused({ code: "UNAUTHENTICATED" });
    try {
      const transitions = await move(actor);
      return transitions.length > 0 ? { status: 200, data: { moved: transitions }, body: "" } : refused({ code: "NOT_FOUND" });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return refused(error.extensions);
    }
  };
  return {
    attempt: async (token) => as(token ? await authenticate(`Bearer ${token}`, { accounts: app.server.services.viewerAccounts, tokens: app.tokens }) : null),
    system: () => as("SYSTEM"),
  };
}

const ROLES: readonly Role[] = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];

/** What the machine says `caller` gets for `move`. */
export function expectedOutcome<M extends string, S extends string>(machine: Machine<M, S, null>, move: M, caller: { role: Role | "ANONYMOUS"; party: boolean }): Outcome {
  if (caller.role === "ANONYMOUS") return "UNAUTHENTICATED";
  if (!machine.moves[move].who.includes(caller.role)) return "FORBIDDEN";
  return caller.party || caller.role === "ADMIN" || machine.moves[move].open ? "MOVED" : "NOT_FOUND";
}

/** The outcome a response shows: the error's code, or MOVED when the mutation returned data. */
export function outcomeOf(response: GraphQLResponse): Outcome | string {
  const code = response.errors?.[0]?.extensions?.code;
  if (typeof code === "string") return code;
  return response.data && Object.values(response.data).every((value) => value !== null) ? "MOVED" : "NO_DATA";
}

const strangersOf = new WeakMap<TestApp, Promise<Record<Role, CreatedUser>>>();

/** A stranger of each role: signed in, but party to no record a scenario builds (made once per app). */
function strangers(app: TestApp): Promise<Record<Role, CreatedUser>> {
  let made = strangersOf.get(app);
  if (!made) strangersOf.set(app, (made = makeStrangers(app)));
  return made;
}

async function makeStrangers(app: TestApp): Promise<Record<Role, CreatedUser>> {
  const workshop = await createWorkshop(app);
  return {
    CUSTOMER: await createCustomer(app),
    MECHANIC: await createMechanic(app),
    WORKSHOP_ADVISOR: await createAdvisor(app, workshop.id),
    PARTNER: await createPartner(app),
    ADMIN: await createAdmin(app),
  };
}

/** Who attempts: a role's party or stranger, nobody, or the system. */
type Caller = { label: string; role: Role | "ANONYMOUS"; party: boolean } | { label: "SYSTEM"; role: "SYSTEM"; party: true };

/**
 * Makes one attempt on a fresh record and checks its answer and what it left: a move the answer
 * says happened left the move's status (`to`; a move with `to: null` leaves the status as it
 * was), and a refusal left the record exactly as it was (status and audit rows), whatever the
 * refusal's code. A party the record lacks fails, unless the arrangement says why it has none.
 */
async function attemptOnce(
  app: TestApp,
  machine: Machine<string, string, null>,
  move: string,
  status: string | undefined,
  arranged: Arranged,
  caller: Caller,
  expected: Outcome,
  skip: (reason: string) => void,
): Promise<void> {
  let token: string | undefined;
  if (caller.role !== "ANONYMOUS" && caller.role !== "SYSTEM") {
    const party = caller.party ? arranged.parties[caller.role] : undefined;
    if (caller.party && !party && caller.role !== "ADMIN") {
      if (!machine.moves[move]!.who.includes(caller.role)) return skip(`no ${caller.role} is party to this ${machine.aggregate}: the ${caller.role} stranger's FORBIDDEN covers the role`);
      const reason = arranged.partyless?.[caller.role];
      if (reason) return skip(reason);
      expect.fail(`${move}'s who names ${caller.role}, but the scenario builds no ${caller.role} party and declares no reason (Arranged.partyless)`);
    }
    token = party ? party.token : (await strangers(app))[caller.role].token;
  }
  if (caller.role === "SYSTEM") expect(arranged.system, `a scenario of ${move} must attempt it as the system`).toBeDefined();
  await arranged.ready?.(token);
  const before = await arranged.trace();
  expect(before.status, `the scenario must build the record in the status asked for (or declare the statuses it builds in \`from\`)`).toBe(status ?? null);
  const response = caller.role === "SYSTEM" ? await arranged.system!() : await arranged.attempt(token);
  const after = await arranged.trace();
  expect(outcomeOf(response), response.body || JSON.stringify(response.errors)).toBe(expected);
  if (expected === "MOVED") expect(after.status, "the status a move leaves").toBe(machine.moves[move]!.to ?? before.status);
  else expect(after, "a refused move must leave the record as it was").toEqual(before);
}

/**
 * Declares the matrix of `machine`: one test per move and caller, and one for the system when a
 * move made on its machine (`via`) names SYSTEM in its `who`. Every move of the table must have a scenario (moves only the system
 * makes, `who: ["SYSTEM"]`, are checked to be refused to every role); a scenario for a move the
 * table lacks fails too. A move with several variants (an array) runs the matrix for each.
 * Beyond the first status: a party of each `who` role makes the move from every other status it
 * may leave, and from the scenario's `conflict` status is refused CONFLICT; a status no variant
 * builds, or a move with no conflict status, shows as a todo.
 */
export function describeWriteMatrix<M extends string, S extends string>(
  app: () => TestApp,
  machine: Machine<M, S, null>,
  scenarios: Readonly<Record<M, MoveScenario<S> | readonly MoveScenario<S>[]>>,
): void {
  const table = machine as unknown as Machine<string, string, null>;
  describe(`write matrix: ${machine.aggregate}`, () => {
    it("has a scenario for exactly the machine's moves", () => {
      expect(Object.keys(scenarios).sort()).toEqual(Object.keys(machine.moves).sort());
    });
    const callers: Caller[] = [
      { label: "anonymous", role: "ANONYMOUS", party: false },
      ...ROLES.flatMap((role) => [
        { label: `${role} party`, role, party: true },
        { label: `${role} stranger`, role, party: false },
      ]),
    ];
    for (const move of Object.keys(machine.moves) as M[]) {
      const { who, from } = machine.moves[move];
      const variants: readonly MoveScenario<S>[] = Array.isArray(scenarios[move]) ? (scenarios[move] as readonly MoveScenario<S>[]) : [scenarios[move] as MoveScenario<S>];
      // The callers who may make the move on their own record (an admin is party to every record).
      const movers: Caller[] = [
        ...who.filter((actor): actor is Role => actor !== "SYSTEM").map((role) => ({ label: `${role} party`, role, party: true })),
        { label: "SYSTEM", role: "SYSTEM", party: true },
      ];
      for (const scenario of variants) {
        const statuses = scenario.from ?? from;
        const label = `${move}${scenario.label ? ` of ${scenario.label}` : ""}`;
        const via = scenario.via ? ` (through ${scenario.via})` : "";
        const byMover = (status: S | undefined, caller: Caller, expected: Outcome) =>
          it(`${label}${status ? ` from ${status}` : ""} by ${caller.label}${via}: ${expected}`, async ({ skip }) => {
            await attemptOnce(app(), table, move, status, await scenario.arrange(status), caller, expected, skip);
          });
        // The system makes a move attempted on its machine when its `who` names SYSTEM.
        const moversHere = movers.filter((caller) => (caller.role === "SYSTEM" ? Boolean(scenario.via) && who.includes("SYSTEM") : true));
        const [first, ...others] = statuses;
        if (moversHere.some((caller) => caller.role === "SYSTEM")) byMover(first, movers.at(-1)!, "MOVED");
        for (const caller of callers) byMover(first, caller, expectedOutcome(machine, move, caller as { role: Role | "ANONYMOUS"; party: boolean }));
        for (const status of others) for (const caller of moversHere) byMover(status, caller, "MOVED");
        if (scenario.conflict && moversHere[0]) byMover(scenario.conflict, moversHere[0], "CONFLICT");
      }
      for (const status of from.filter((status) => !variants.some((scenario) => (scenario.from ?? from).includes(status)))) it.todo(`${move} from ${status}`);
      if (variants.every((scenario) => scenario.conflict === undefined)) it.todo(`${move} from a status it may not leave: CONFLICT`);
    }
  });
}
