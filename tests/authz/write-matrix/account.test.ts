// The write-side matrix of accounts (issue 17), from ACCOUNT_MACHINE. The admin's moves are made
// through the API: reviewViolation(DISMISS) reverses a penalty, which reinstates the account or
// shortens its suspension to the one still running; suspendAccount and banAccount are an admin's
// hand-made sanctions. The ladder's moves (suspend, ban) are the
// system's alone and have no API at all, so those scenarios attempt them on the machine itself,
// as the caller the token names (none: anonymous): every role must be refused.
import { describe, expect, it } from "vitest";
import { ACCOUNT_MACHINE, type AccountMove } from "../../../src/modules/accounts/account.machine.ts";
import { authenticate } from "../../../src/platform/auth/viewer.ts";
import type { AccountStatus } from "../../../src/platform/db/generated/enums.ts";
import { AppError } from "../../../src/platform/errors.ts";
import { penalisedMechanic } from "../../factories/enforcement.ts";
import { createMechanic } from "../../factories/index.ts";
import { type GraphQLResponse, type TestApp } from "../../setup/test-app.ts";
import { serverSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** An account's trace: its status, and the audit rows naming it. */
const accountTrace = (id: string) => traceOf(app, id, async () => (await app.prisma.user.findUnique({ where: { id } }))?.status);

const DISMISS = `mutation ($id: ID!) { reviewViolation(id: $id, decision: DISMISS) { id status } }`;

/** An admin dismisses a violation: the account move it causes is the one under test. */
function dismissal(offences: number, dismissed: "first" | "last", expected: "ACTIVE" | "SUSPENDED"): MoveScenario<AccountStatus> {
  return {
    // The penalties leave a suspension; a ban takes three offences (not built here).
    from: ["SUSPENDED"],
    async arrange(): Promise<Arranged> {
      const { mechanic, violationIds } = await penalisedMechanic(app, offences);
      const violationId = dismissed === "first" ? violationIds[0]! : violationIds.at(-1)!;
      return {
        parties: { MECHANIC: mechanic },
        trace: accountTrace(mechanic.id),
        async attempt(token) {
          const response = await app.gql(DISMISS, { id: violationId }, token);
          if (!response.errors) expect((await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id } })).status).toBe(expected);
          return response;
        },
      };
    },
  };
}

/** The system's move attempted by the token's holder on the machine itself, as a GraphQL-shaped answer. */
function systemOnly(move: AccountMove): MoveScenario {
  return {
    async arrange(): Promise<Arranged> {
      const mechanic = await createMechanic(app);
      return {
        parties: { MECHANIC: mechanic },
        trace: accountTrace(mechanic.id),
        async attempt(token): Promise<GraphQLResponse> {
          try {
            const viewer = token ? await authenticate(`Bearer ${token}`, { accounts: app.server.services.viewerAccounts, tokens: app.tokens }) : null;
            const audit = { actor: viewer, action: "test.account.move", entityType: "User", entityId: mechanic.id };
            await app.prisma.$transaction((tx) => app.machines.account.move(tx, viewer, mechanic.id, move, { suspendedUntil: null, reason: "test" }, audit));
            return { status: 200, data: { moved: true }, body: "" };
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            return { status: 200, data: null, errors: [{ message: error.message, extensions: error.extensions }], body: "" };
          }
        },
      };
    },
  };
}

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id status } }`;
const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { id status } }`;

/** An admin's hand-made sanction through the API (issue 18): suspend until a date, or ban. */
function sanction(mutation: string, expected: "SUSPENDED" | "BANNED"): MoveScenario<AccountStatus> {
  return {
    // A banned account is lifted by reinstate only.
    conflict: "BANNED",
    async arrange(status = "ACTIVE"): Promise<Arranged> {
      const mechanic = await createMechanic(app, { status, suspendedUntil: status === "SUSPENDED" ? new Date(Date.now() + 3_600_000) : null });
      const input = { userId: mechanic.id, reason: "met a customer off the platform", ...(expected === "SUSPENDED" ? { until: new Date(Date.now() + 86_400_000).toISOString() } : {}) };
      return {
        parties: { MECHANIC: mechanic },
        trace: accountTrace(mechanic.id),
        async attempt(token) {
          const response = await app.gql(mutation, { input }, token);
          if (!response.errors) expect((await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id } })).status).toBe(expected);
          return response;
        },
      };
    },
  };
}

describeWriteMatrix(() => app, ACCOUNT_MACHINE, {
  suspendByAdmin: sanction(SUSPEND, "SUSPENDED"),
  banByAdmin: sanction(BAN, "BANNED"),
  // One penalty, dismissed: nothing stays in force.
  reinstate: dismissal(1, "first", "ACTIVE"),
  // Two penalties (7 then 30 days), the 30-day one dismissed: the 7-day suspension still runs.
  shorten: dismissal(2, "last", "SUSPENDED"),
  suspend: systemOnly("suspend"),
  ban: systemOnly("ban"),
});

describe("the system's moves", () => {
  it("are made by the system: the ladder suspends an active account", async () => {
    const mechanic = await createMechanic(app);
    const until = new Date(Date.now() + 86_400_000);
    const audit = { actor: null, action: "test.account.move", entityType: "User", entityId: mechanic.id };
    await app.prisma.$transaction((tx) => app.machines.account.move(tx, "SYSTEM", mechanic.id, "suspend", { suspendedUntil: until, reason: "test" }, audit));
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id }, select: { status: true, suspendedUntil: true } })).toEqual({ status: "SUSPENDED", suspendedUntil: until });
  });
});
