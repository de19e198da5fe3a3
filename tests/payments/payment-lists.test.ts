import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { dataOf, expectBadPaging, walkPages } from "../support/pages.ts";

/** The payments list pages by cursor, newest first; customers see only their own, admins all. */
let app: TestApp;
serverSpec((started) => (app = started));

const PAYMENTS = `query ($first: Int, $after: String) { payments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id amountCents } } }`;

/** Diagnostic payments of one customer; several share a timestamp, so page breaks fall inside ties. */
async function paymentsOf(customer: CreatedUser, count: number): Promise<string[]> {
  const mechanic = await createMechanic(app);
  const createdAt = new Date(Date.now() - 60_000);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    const id = randomUUID();
    await app.prisma.payment.create({
      data: {
        id,
        kind: "DIAGNOSTIC",
        customerId: customer.id,
        sessionId: session.id,
        amountCents: 2_500,
        status: "SUCCEEDED",
        transferGroup: `payment_${id}`,
        idempotencyKey: `${customer.id}:${id}`,
        createdAt: i % 2 ? createdAt : new Date(createdAt.getTime() + i),
      },
    });
    ids.push(id);
  }
  return ids;
}

describe("payments", () => {
  it("a customer walks every page of their own payments once each, and nobody else's", async () => {
    const [mine, theirs] = [await createCustomer(app), await createCustomer(app)];
    const ids = await paymentsOf(mine, 7);
    await paymentsOf(theirs, 2);
    const walked = await walkPages(async (after) => dataOf(await app.gql(PAYMENTS, { first: 3, after }, mine.token)).payments);
    expect(walked.pages).toBe(3);
    expect(walked.totalCounts).toEqual([7, 7, 7]);
    expect(walked.nodes.map((n: any) => n.id).sort()).toEqual([...ids].sort());
  });

  it("admins see every customer's payments; a bad cursor or page size is BAD_USER_INPUT", async () => {
    const admin = await createAdmin(app);
    const before = dataOf(await app.gql(PAYMENTS, { first: 1 }, admin.token)).payments.totalCount;
    await paymentsOf(await createCustomer(app), 2);
    expect(dataOf(await app.gql(PAYMENTS, { first: 1 }, admin.token)).payments.totalCount).toBe(before + 2);
    await expectBadPaging(app, PAYMENTS, { after: "not-a-cursor" }, admin.token, "after");
    await expectBadPaging(app, PAYMENTS, { first: 101 }, admin.token, "first");
  });
});
