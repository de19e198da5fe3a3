import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/platform/db/generated/client.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Timestamps are stored without a zone, in UTC, whatever the database session's time zone (as
 * Prisma writes them, and the hand-written statements send Dates): the webhook's hand-written
 * upsert must not leave the event's receivedAt to the column's CURRENT_TIMESTAMP default, which is
 * the session's local wall-clock time. Here every connection runs in New York's time zone.
 */
let payments: PaymentsTestApp;
const savedOptions = process.env.PGOPTIONS;
beforeAll(async () => {
  process.env.PGOPTIONS = "-c TimeZone=America/New_York";
  payments = await startPaymentsTestApp();
});
afterAll(async () => {
  await payments?.close();
  if (savedOptions === undefined) delete process.env.PGOPTIONS;
  else process.env.PGOPTIONS = savedOptions;
});

// PGOPTIONS is a PostgreSQL start-up option; the embedded database's wire server ignores it, so
// the session zone can only be set apart from UTC on a real PostgreSQL (DATABASE_URL).
describe.skipIf(!process.env.DATABASE_URL)("a stored Stripe event's times", () => {
  it("are UTC on a database session in another time zone", async () => {
    const { app } = payments;
    expect(await app.sql.rows(Prisma.sql`SELECT current_setting('TimeZone') AS zone`)).toEqual([{ zone: "America/New_York" }]);
    const before = Date.now();
    expect((await payments.webhook("customer.created", { id: "cus_tz", object: "customer" }, "evt_tz")).status).toBe(200);
    const event = await app.prisma.stripeEvent.findUniqueOrThrow({ where: { id: "evt_tz" } });
    for (const at of [event.receivedAt, event.processedAt!]) {
      expect(Math.abs(at.getTime() - before)).toBeLessThan(60_000);
    }
  });

  it("are UTC for an event about an intent no payment holds, stored processed by the statement that reads the payment", async () => {
    const { app } = payments;
    const before = Date.now();
    const answer = await payments.webhook("payment_intent.succeeded", { id: "pi_tz_unknown", object: "payment_intent", status: "succeeded" }, "evt_tz_intent");
    expect(answer).toEqual({ status: 200, body: { received: true, ignored: "unknown payment intent" } });
    const event = await app.prisma.stripeEvent.findUniqueOrThrow({ where: { id: "evt_tz_intent" } });
    for (const at of [event.receivedAt, event.processedAt!]) {
      expect(Math.abs(at.getTime() - before)).toBeLessThan(60_000);
    }
  });
});
