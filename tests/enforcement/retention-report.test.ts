// The seed's retention metrics beside their targets, and its warning signals week over week
// (issue 18 item 8; seed 003 "Metrics to Monitor").
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createChatMessage, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REPORT = `query ($asOf: DateTimeISO) { retentionReport(asOf: $asOf) { asOf targets { metric valueBasisPoints targetBasisPoints met } trends { signal previousWeek currentWeek changeBasisPoints alert } } }`;
const DAY = 86_400_000;

describe("the retention report", () => {
  it("shows each rate beside the seed's target and whether it is met", async () => {
    const response = await app.gql(REPORT, {}, admin.token);
    const targets = response.data!.retentionReport.targets;
    expect(targets.map((t: { metric: string; targetBasisPoints: number }) => [t.metric, t.targetBasisPoints])).toEqual([
      ["ON_PLATFORM_TRANSACTION_RATE", 3000],
      ["QUOTE_APPROVAL_RATE", 6000],
      ["MECHANIC_COMPLIANCE_RATE", 9500],
    ]);
    for (const target of targets) expect(target.met).toBe(target.valueBasisPoints !== null && target.valueBasisPoints > target.targetBasisPoints);
  });

  it("alerts on an increase in contact-info chat messages week over week", async () => {
    const asOf = new Date(Date.UTC(2031, 5, 15));
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const flagged = (createdAt: Date) => createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "call me", flaggedKinds: ["OFF_PLATFORM_REQUEST"], createdAt });
    await flagged(new Date(asOf.getTime() - 10 * DAY));
    await flagged(new Date(asOf.getTime() - 2 * DAY));
    await flagged(new Date(asOf.getTime() - 1 * DAY));

    const response = await app.gql(REPORT, { asOf: asOf.toISOString() }, admin.token);
    const contacts = response.data!.retentionReport.trends.find((t: { signal: string }) => t.signal === "CONTACT_MESSAGES");
    expect(contacts).toEqual({ signal: "CONTACT_MESSAGES", previousWeek: 1, currentWeek: 2, changeBasisPoints: 10000, alert: true });
    const volume = response.data!.retentionReport.trends.find((t: { signal: string }) => t.signal === "TRANSACTION_VOLUME");
    expect(volume).toMatchObject({ previousWeek: 0, currentWeek: 0, alert: false });
  });

  it("reports a week's transaction volume past GraphQL Int's range (2,147,483,647 cents) exactly", async () => {
    const asOf = new Date(Date.UTC(2032, 2, 10));
    const customer = await createCustomer(app);
    const paid = async (amountCents: number, daysBefore: number) => {
      const id = randomUUID();
      await app.prisma.payment.create({
        data: {
          id,
          kind: "REPAIR",
          customerId: customer.id,
          amountCents,
          status: "SUCCEEDED",
          transferGroup: `payment_${id}`,
          idempotencyKey: `test:${id}`,
          createdAt: new Date(asOf.getTime() - daysBefore * DAY),
        },
      });
    };
    await paid(2_000_000_000, 9);
    for (const day of [1, 2, 3]) await paid(2_000_000_000, day);

    const response = await app.gql(REPORT, { asOf: asOf.toISOString() }, admin.token);
    expect(response.errors).toBeUndefined();
    const volume = response.data!.retentionReport.trends.find((t: { signal: string }) => t.signal === "TRANSACTION_VOLUME");
    expect(volume).toEqual({ signal: "TRANSACTION_VOLUME", previousWeek: 2_000_000_000, currentWeek: 6_000_000_000, changeBasisPoints: 20_000, alert: false });
  });

  it("is admins' alone", async () => {
    expect((await app.gql(REPORT, {}, (await createMechanic(app)).token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
