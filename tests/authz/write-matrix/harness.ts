// The write-side privacy matrix (issue 17), generated from each aggregate's transition table:
// every move is attempted by every role, as a party to the record (its own customer, its assigned
// mechanic, its workshop's advisor...) and as a stranger of the same role, and by an anonymous
// caller. The expected answer comes from the machine alone:
//   anonymous                          -> UNAUTHENTICATED
//   a role the move's `who` lacks      -> FORBIDDEN (the rule map refuses before any row is read)
//   a stranger of a role in `who`      -> NOT_FOUND (exactly like a record that does not exist)
//   a party of a role in `who`         -> the move happens (admins are a party to every record, and
//                                         every account of the role to an `open` move's record)
// A file per aggregate (tests/authz/write-matrix/<aggregate>.test.ts) gives, per move, how to build
// a fresh record the move may leave and how to attempt the move.
import { describe, expect, it } from "vitest";
import type { Machine } from "../../../src/domain/state-machine.ts";
import type { Role } from "../../../src/platform/db/generated/enums.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createWorkshop, type CreatedUser } from "../../factories/index.ts";
import type { GraphQLResponse, TestApp } from "../../setup/test-app.ts";

export type Outcome = "MOVED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** A record built for one attempt, and the users who are party to it, by role. */
export interface Arranged {
  /** The record's own users, by role (its customer, its mechanic, its workshop's advisor, its partner). */
  parties: Partial<Record<Role, CreatedUser>>;
  /** Attempts the move as `token`'s holder (none: anonymous). */
  attempt(token: string | undefined): Promise<GraphQLResponse>;
}

/** How to exercise one move: a fresh record in a status the move leaves, for each attempt. */
export interface MoveScenario {
  arrange(): Promise<Arranged>;
}

const ROLES: readonly Role[] = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];

/** What the machine says `caller` gets for `move`. */
export function expectedOutcome<M extends string, S extends string>(machine: Machine<M, S>, move: M, caller: { role: Role | "ANONYMOUS"; party: boolean }): Outcome {
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
 * Declares the matrix of `machine`: one test per move and caller. Every move of the table must
 * have a scenario (moves only the system makes, `who: ["SYSTEM"]`, are checked to be refused to
 * every role); a scenario for a move the table lacks fails too.
 */
export function describeWriteMatrix<M extends string, S extends string>(app: () => TestApp, machine: Machine<M, S>, scenarios: Readonly<Record<M, MoveScenario>>): void {
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
      for (const caller of callers) {
        it(`${move} by ${caller.label}: ${expectedOutcome(machine, move, caller)}`, async ({ skip }) => {
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
