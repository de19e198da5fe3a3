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

export type Outcome = "MOVED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** A record built for one attempt, and the users who are party to it, by role. */
export interface Arranged {
  /** The record's own users, by role (its customer, its mechanic, its workshop's advisor, its partner). */
  parties: Partial<Record<Role, CreatedUser>>;
  /** Attempts the move as `token`'s holder (none: anonymous). */
  attempt(token: string | undefined): Promise<GraphQLResponse>;
  /** Attempts the move as the system; required when the move's `who` names SYSTEM. */
  system?(): Promise<GraphQLResponse>;
}

/** How to exercise one move: a fresh record in a status the move leaves, for each attempt. */
export interface MoveScenario {
  /** The mutation of another aggregate, or the system trigger, that makes the move (attempted `onMachine`). */
  via?: string;
  arrange(): Promise<Arranged>;
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

/**
 * Declares the matrix of `machine`: one test per move and caller, and one for the system when a
 * move made on its machine (`via`) names SYSTEM in its `who`. Every move of the table must have a scenario (moves only the system
 * makes, `who: ["SYSTEM"]`, are checked to be refused to every role); a scenario for a move the
 * table lacks fails too.
 */
export function describeWriteMatrix<M extends string, S extends string>(app: () => TestApp, machine: Machine<M, S, null>, scenarios: Readonly<Record<M, MoveScenario>>): void {
  describe(`write matrix: ${machine.aggregate}`, () => {
    it("has a scenario for exactly the machine's moves", () => {
      expect(Object.keys(scenarios).sort()).toEqual(Object.keys(machine.moves).sort());
    });
    for (const move of Object.keys(machine.moves) as M[]) {
      const callers: { label: string; role: Role | "ANONYMOUS"; party: boolean }[] = [
        { label: "anonymous", role: "ANONYMOUS", party: false },
        ...ROLES.flatMap((role) => [
          { label: `${role} party`, role, party: true },
          { label: `${role} stranger`, role, party: false },
        ]),
      ];
      const via = scenarios[move].via ? ` (through ${scenarios[move].via})` : "";
      // A move made on its machine is attempted by the system too when its `who` names SYSTEM.
      if (via && machine.moves[move].who.includes("SYSTEM")) {
        it(`${move} by SYSTEM${via}: MOVED`, async () => {
          const arranged = await scenarios[move].arrange();
          expect(arranged.system, `a scenario of ${move} must attempt it as the system`).toBeDefined();
          expect(outcomeOf(await arranged.system!())).toBe("MOVED");
        });
      }
      for (const caller of callers) {
        it(`${move} by ${caller.label}${via}: ${expectedOutcome(machine, move, caller)}`, async ({ skip }) => {
          const arranged = await scenarios[move].arrange();
          let token: string | undefined;
          if (caller.role !== "ANONYMOUS") {
            const party = arranged.parties[caller.role];
            if (caller.party && !party && caller.role !== "ADMIN") return skip(`a ${caller.role} is never party to a ${machine.aggregate}`);
            token = caller.party && party ? party.token : (await strangers(app()))[caller.role].token;
          }
          expect(outcomeOf(await arranged.attempt(token))).toBe(expectedOutcome(machine, move, caller));
        });
      }
    }
  });
}
