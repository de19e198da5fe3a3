// Admins suspend, ban and lift accounts by hand (issue 18 item 3; seed 003 "Meeting customers
// off-platform = permanent ban + withhold unpaid earnings").
import { describe, expect, it } from "vitest";
import { paidDiagnosticSession } from "../factories/diagnostics.ts";
import { createAdmin, createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, admin } = world));

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { id kind reason endsAt status } }`;
const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { id kind status } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { id kind status } }`;
const ME = `{ me { id } }`;

/** A mechanic's balance on a ledger account, in cents. */
async function balance(mechanicId: string, account: "MECHANIC_PAYABLE" | "WITHHELD"): Promise<number> {
  const sum = await payments.app.prisma.ledgerEntry.aggregate({ where: { userId: mechanicId, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

describe("an admin's suspension", () => {
  it("suspends the account until the date with the reason it shows, and refuses an end in the past", async () => {
    const mechanic = await createMechanic(payments.app);
    const past = await payments.app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked a customer to pay cash", until: new Date(Date.now() - 1000).toISOString() } }, admin.token);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.until" });

    const until = new Date(Date.now() + 3 * 86_400_000);
    const suspended = await payments.app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked a customer to pay cash", until: until.toISOString() } }, admin.token);
    expect(suspended.data!.suspendAccount).toMatchObject({ kind: "SUSPENSION", reason: "asked a customer to pay cash", endsAt: until.toISOString(), status: "SUSPENDED" });
    expect(await payments.app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id }, select: { status: true, suspendedUntil: true, statusReason: true } })).toEqual({
      status: "SUSPENDED",
      suspendedUntil: until,
      statusReason: "asked a customer to pay cash",
    });
    expect((await payments.app.gql(ME, {}, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "ACCOUNT_SUSPENDED" });
    const audit = await payments.app.prisma.auditLog.findFirstOrThrow({ where: { action: "account.sanction.suspended", subjectUserId: mechanic.id } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "AccountSanction", entityId: suspended.data!.suspendAccount.id });
  });

  it("is refused to anyone but an admin, and for an admin's account", async () => {
    const mechanic = await createMechanic(payments.app);
    const input = { userId: mechanic.id, reason: "no reason at all", until: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await payments.app.gql(SUSPEND, { input }, (await createCustomer(payments.app)).token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await createAdmin(payments.app);
    expect((await payments.app.gql(SUSPEND, { input: { ...input, userId: other.id } }, admin.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("an admin's ban", () => {
  it("bans for good and withholds the mechanic's unpaid earnings once; lifting releases them", async () => {
    const mechanic = await createMechanic(payments.app);
    const customer = await createCustomer(payments.app);
    const vehicle = await createVehicle(payments.app, customer.id);
    await paidDiagnosticSession(payments, customer, vehicle.id, mechanic);
    const owed = await balance(mechanic.id, "MECHANIC_PAYABLE");
    expect(owed).toBeGreaterThan(0);

    const banned = await payments.app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token);
    expect(banned.data!.banAccount).toMatchObject({ kind: "BAN", status: "BANNED" });
    expect(await balance(mechanic.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balance(mechanic.id, "WITHHELD")).toBe(owed);
    expect(await payments.app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: mechanic.id }, select: { earningsWithheld: true } })).toEqual({ earningsWithheld: true });
    expect(await payments.app.prisma.ledgerEntry.count({ where: { transactionKey: `withholding:${banned.data!.banAccount.id}` } })).toBeGreaterThan(0);

    // A second ban is refused and books nothing.
    const again = await payments.app.gql(BAN, { input: { userId: mechanic.id, reason: "met a customer off the platform" } }, admin.token);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await balance(mechanic.id, "WITHHELD")).toBe(owed);

    const lifted = await payments.app.gql(LIFT, { input: { userId: mechanic.id, reason: "appeal granted" } }, admin.token);
    expect(lifted.data!.liftAccountSanction).toMatchObject({ kind: "LIFT", status: "ACTIVE" });
    expect(await balance(mechanic.id, "WITHHELD")).toBe(0);
    expect(await balance(mechanic.id, "MECHANIC_PAYABLE")).toBe(owed);
    expect((await payments.app.gql(ME, {}, mechanic.token)).data).toEqual({ me: { id: mechanic.id } });

    // Lifting an active account is refused.
    expect((await payments.app.gql(LIFT, { input: { userId: mechanic.id, reason: "appeal granted" } }, admin.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const actions = await payments.app.prisma.auditLog.findMany({
      where: { subjectUserId: mechanic.id, action: { startsWith: "account.sanction." } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual(["account.sanction.banned", "account.sanction.lifted"]);
  });

  it("answers NOT_FOUND for an unknown account", async () => {
    const response = await payments.app.gql(BAN, { input: { userId: "00000000-0000-4000-8000-000000000000", reason: "met a customer off the platform" } }, admin.token);
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
