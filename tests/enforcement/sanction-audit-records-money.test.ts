// A sanction that moves a mechanic's money says so in its audit row: how many cents were withheld
// (a ban: an admin's, or the ladder's third offence) or released (a lift, a dismissed ban), and
// the ledger transaction that holds the move. Before, `account.sanction.banned` and the others
// recorded only that earnings were withheld, so an auditor could not tell what the ban took
// without reconstructing the ledger.
import { describe, expect, it } from "vitest";
import { paidDiagnosticSession } from "../factories/diagnostics.ts";
import { penalisedMechanic } from "../factories/enforcement.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, admin } = world));

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id } }`;
const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { id } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { id } }`;
const DISMISS = `mutation ($id: ID!) { reviewViolation(id: $id, decision: DISMISS) { status } }`;

/** A mechanic owed their share of a paid, completed diagnostic, and what they are owed in cents. */
async function mechanicOwed(): Promise<{ mechanic: CreatedUser; owedCents: number }> {
  const mechanic = await createMechanic(payments.app);
  const customer = await createCustomer(payments.app);
  await paidDiagnosticSession(payments, customer, (await createVehicle(payments.app, customer.id)).id, mechanic);
  const owed = await payments.app.prisma.ledgerEntry.aggregate({ where: { userId: mechanic.id, account: "MECHANIC_PAYABLE" }, _sum: { amountCents: true } });
  expect(owed._sum.amountCents).toBeGreaterThan(0);
  return { mechanic, owedCents: owed._sum.amountCents! };
}

/** The data of the one audit row of `action` about `userId`. */
async function auditData(userId: string, action: string): Promise<Record<string, unknown>> {
  const rows = await payments.app.prisma.auditLog.findMany({ where: { subjectUserId: userId, action }, select: { data: true } });
  expect(rows).toHaveLength(1);
  return rows[0]!.data as Record<string, unknown>;
}

/** The cents a ledger transaction moved into `account`. */
async function bookedInto(transactionKey: string, account: "WITHHELD" | "MECHANIC_PAYABLE"): Promise<number> {
  const sum = await payments.app.prisma.ledgerEntry.aggregate({ where: { transactionKey, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

describe("an admin's ban and its lift", () => {
  it("record the cents withheld and released, and the ledger transactions that moved them", async () => {
    const { mechanic, owedCents } = await mechanicOwed();
    const ban = (await payments.app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token)).data!.banAccount.id as string;
    const banned = await auditData(mechanic.id, "account.sanction.banned");
    expect(banned).toMatchObject({ withheldCents: owedCents, ledgerTransactionKey: `withholding:${ban}` });
    expect(await bookedInto(`withholding:${ban}`, "WITHHELD")).toBe(owedCents);

    const lift = (await payments.app.gql(LIFT, { input: { userId: mechanic.id, reason: "appeal granted" } }, admin.token)).data!.liftAccountSanction.id as string;
    const lifted = await auditData(mechanic.id, "account.sanction.lifted");
    expect(lifted).toMatchObject({ releasedCents: owedCents, ledgerTransactionKey: `withholding-release:${lift}` });
    expect(await bookedInto(`withholding-release:${lift}`, "MECHANIC_PAYABLE")).toBe(owedCents);
  });

  it("record 0 cents and no ledger transaction for a mechanic owed nothing; a suspension moves and records no money", async () => {
    const mechanic = await createMechanic(payments.app);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect((await payments.app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked for cash", until } }, admin.token)).errors).toBeUndefined();
    expect(await auditData(mechanic.id, "account.sanction.suspended")).not.toHaveProperty("ledgerTransactionKey");

    expect((await payments.app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token)).errors).toBeUndefined();
    expect(await auditData(mechanic.id, "account.sanction.banned")).toMatchObject({ withheldCents: 0, ledgerTransactionKey: null });
  });
});

describe("the ladder's ban (third offence) and its dismissal", () => {
  it("record the cents withheld and released, and the ledger transactions that moved them", async () => {
    const { mechanic, owedCents } = await mechanicOwed();
    const { violationIds } = await penalisedMechanic(payments.app, 3, mechanic);
    const penalty = await payments.app.prisma.penalty.findFirstOrThrow({ where: { userId: mechanic.id, kind: "PERMANENT_BAN" } });
    const applied = await payments.app.prisma.auditLog.findFirstOrThrow({ where: { action: "account.penalty.applied", entityId: penalty.id } });
    expect(applied.data).toMatchObject({ kind: "PERMANENT_BAN", withheldCents: owedCents, ledgerTransactionKey: `withholding:${penalty.id}` });
    expect(await bookedInto(`withholding:${penalty.id}`, "WITHHELD")).toBe(owedCents);

    expect((await payments.app.gql(DISMISS, { id: violationIds[2] }, admin.token)).data!.reviewViolation.status).toBe("DISMISSED");
    const reversed = await payments.app.prisma.auditLog.findFirstOrThrow({ where: { action: "account.penalty.reversed", entityId: penalty.id } });
    expect(reversed.data).toMatchObject({ releasedCents: owedCents, ledgerTransactionKey: `withholding-release:${penalty.id}` });
    expect(await bookedInto(`withholding-release:${penalty.id}`, "MECHANIC_PAYABLE")).toBe(owedCents);
  });
});
