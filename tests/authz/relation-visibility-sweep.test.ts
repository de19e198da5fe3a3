import { describe, expect, it } from "vitest";
import type { Audience } from "../../src/platform/auth/viewer.ts";
import { APPROVE, CREATE_QUOTE, createComparedSet, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";
import { errorLogLinesSince, relationsOperation } from "../support/schema-sweep.ts";

/**
 * A caller who lost access to a related record (its offer declined, expired or lost to another
 * workshop's quote; a mechanic whose session went to another mechanic; a partner whose partnership
 * was suspended; a session called off) still gets well-formed answers about what it keeps: every
 * list and mutation result that reaches such a record, selecting every relation the rule map lets
 * the caller ask for (relationSelection, so a relation added later is swept too), answers without
 * errors and never `data: null`, and the answer holds no id of what the caller no longer sees.
 */
let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

interface Caller {
  audience: Audience;
  user: CreatedUser;
}

interface Expectations {
  /** Ids the answer must hold: the records the caller keeps, so the sweep is not answered by an empty list. */
  holds?: string[];
  /** Ids the answer must not hold: the records the caller no longer reaches. */
  hides?: string[];
}

/** Sends `root` with every relation `caller` may select; expects a whole answer, no errors, and the ids as told. */
async function everyRelation(caller: Caller, root: string, args: Record<string, unknown> = {}, expected: Expectations = {}): Promise<void> {
  const from = app.logLines.length;
  const answer = await app.gql(relationsOperation(root, caller.audience, args), args, caller.user.token);
  const what = `${root} as ${caller.audience}: ${answer.body.slice(0, 600)}`;
  expect(answer.errors, what).toBeUndefined();
  expect(errorLogLinesSince(app, from), what).toEqual([]);
  expect(answer.data?.[root.split(".")[1]!], what).toBeTruthy();
  for (const id of expected.holds ?? []) expect(answer.body, `${what} holds ${id}`).toContain(id);
  for (const id of expected.hides ?? []) expect(answer.body, `${what} hides ${id}`).not.toContain(id);
}

/** What an advisor lists about escalations, sessions and quotes: none may fail for a record it no longer holds. */
const ADVISOR_LISTS = ["Query.escalations", "Query.openEscalationOffers", "Query.sessions", "Query.quotes", "Query.vehicles"];

/** An escalation offered to one workshop (of two in the customer's city: the other is left for the re-match). */
async function offeredToOne() {
  const scenario = await createEscalationScenario(app);
  const first = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 490 });
  await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 400 });
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
  expect(escalated.errors).toBeUndefined();
  const escalation = escalated.data!.escalate;
  return { ...scenario, escalationId: escalation.id as string, offerId: escalation.offers[0].id as string, advisor: { audience: "WORKSHOP_ADVISOR", user: first.advisor } as Caller };
}

describe("a workshop", () => {
  it("declining an offer reads its answer and its lists whole, without the escalation", async () => {
    const { escalationId, sessionId, customer, offerId, advisor } = await offeredToOne();
    const hides = [escalationId, sessionId, customer.id];
    await everyRelation(advisor, "Mutation.respondToEscalation", { offerId, accept: false, reason: "Fully booked" }, { holds: [offerId], hides });
    for (const root of ADVISOR_LISTS) await everyRelation(advisor, root, {}, { hides });
  });

  it("whose offer expired reads its lists whole, without the escalation", async () => {
    const { escalationId, sessionId, customer, offerId, advisor } = await offeredToOne();
    await app.server.services.escalations.expireStaleOffers(new Date(Date.now() + 7 * 86_400_000));
    expect((await app.prisma.escalationOffer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("EXPIRED");
    for (const root of ADVISOR_LISTS) await everyRelation(advisor, root, {}, { hides: [escalationId, sessionId, customer.id] });
  });

  it("whose compared quote lost reads its quote and its lists whole, without the escalation", async () => {
    const set = await createComparedSet(app, 2);
    const [loser] = set.open;
    await app.gql(RESPOND, { offerId: loser!.offerId, accept: true }, loser!.advisor.token);
    const quoteId = (await app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, loser!.advisor.token)).data!.createQuote.id as string;
    expect((await app.gql(APPROVE, { quoteId: set.quoteId }, set.customer.token)).errors).toBeUndefined();
    const sessionId = (await app.prisma.escalation.findUniqueOrThrow({ where: { id: set.escalationId } })).sessionId;

    const advisor: Caller = { audience: "WORKSHOP_ADVISOR", user: loser!.advisor };
    const hides = [set.escalationId, sessionId, set.quoteId];
    await everyRelation(advisor, "Query.quote", { id: quoteId }, { holds: [quoteId], hides });
    await everyRelation(advisor, "Query.quotes", {}, { holds: [quoteId], hides });
    for (const root of ADVISOR_LISTS) await everyRelation(advisor, root, {}, { hides: [set.escalationId, sessionId] });
  });
});

describe("a mechanic", () => {
  it("whose session an admin handed to another mechanic reads its lists whole, without the session", async () => {
    const customer = await createCustomer(app);
    const [first, second] = [await createMechanic(app), await createMechanic(app)];
    const session = await createSession(app, { customerId: customer.id, mechanicId: first.id, status: "IN_PROGRESS" });
    const reassigned = await app.gql(
      `mutation ($id: ID!, $m: ID!) { adminReassignSession(id: $id, mechanicId: $m, reason: "Support reassigned it") { id } }`,
      { id: session.id, m: second.id },
      admin.token,
    );
    expect(reassigned.errors).toBeUndefined();

    const mechanic: Caller = { audience: "MECHANIC", user: first };
    for (const root of ["Query.sessions", "Query.openSessionRequests", "Query.escalations", "Query.quotes", "Query.vehicles"]) {
      await everyRelation(mechanic, root, {}, { hides: [session.id, session.vehicleId, customer.id] });
    }
  });

  it("who did not show up, after the customer put the session back among open requests, reads its lists whole, the request as any prospective mechanic", async () => {
    const customer = await createCustomer(app);
    const noShow = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: noShow.id, status: "ACCEPTED" });
    await app.prisma.diagnosticSession.update({ where: { id: session.id }, data: { acceptedAt: new Date(Date.now() - 86_400_000) } });
    await everyRelation({ audience: "CUSTOMER", user: customer }, "Mutation.resolveMechanicAbsence", { sessionId: session.id, choice: "REASSIGN" }, { holds: [session.id] });

    const mechanic: Caller = { audience: "MECHANIC", user: noShow };
    // Open again, the request is every mechanic's to browse: before claiming it, no stable id of the customer or the vehicle.
    await everyRelation(mechanic, "Query.openSessionRequests", {}, { holds: [session.id], hides: [session.vehicleId, customer.id] });
    for (const root of ["Query.sessions", "Query.escalations", "Query.quotes", "Query.vehicles"]) await everyRelation(mechanic, root, {}, { hides: [session.id, session.vehicleId, customer.id] });
  });
});

describe("a partnership", () => {
  const endings = [
    { how: "suspended by its partner", by: "partner", root: "Mutation.suspendPartnership", args: { reason: "Stock audit" } },
    { how: "terminated by its mechanic", by: "mechanic", root: "Mutation.terminatePartnership", args: { reason: "Moving away" } },
  ] as const;

  it.each(endings)("$how reads whole, with its quotes, for the partner and for the mechanic", async ({ by, root, args }) => {
    const world = await partnerWorld(app, admin);
    const quoteId = await approvedPartnerQuoteFor(app, world, await createCustomer(app));
    const parties: Record<typeof by, Caller> = { partner: { audience: "PARTNER", user: world.partner }, mechanic: { audience: "MECHANIC", user: world.mechanic } };
    const { escalationId } = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } });
    const partnership = { holds: [world.partnership.id] };
    // A partner takes no part in the escalation its partnered quote was written for.
    const partnerSees = { hides: [escalationId] };

    await everyRelation(parties[by], root, { partnershipId: world.partnership.id, ...args }, partnership);
    const { partner, mechanic } = parties;
    await everyRelation(partner, "Query.partnerships", {}, { ...partnership, ...partnerSees });
    await everyRelation(partner, "Query.partnership", { id: world.partnership.id }, { ...partnership, ...partnerSees });
    await everyRelation(partner, "Query.partnershipQuotes", {}, { holds: [quoteId], ...partnerSees });
    for (const list of ["Query.partnerPerformance", "Query.earnings"]) await everyRelation(partner, list, {}, partnerSees);

    await everyRelation(mechanic, "Query.partnerships", {}, partnership);
    await everyRelation(mechanic, "Query.partnership", { id: world.partnership.id }, partnership);
    for (const list of ["Query.partnershipQuotes", "Query.quotes"]) await everyRelation(mechanic, list, {}, { holds: [quoteId] });
    await everyRelation(mechanic, "Query.quote", { id: quoteId }, { holds: [quoteId, escalationId] });
  });
});

describe("a cancelled session, and one its mechanic withdrew from", () => {
  it("reads whole for the customer and the mechanic; the withdrawn one reads to the mechanic as an open request (no customer id), and leaves their lists", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const byCustomer = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "ACCEPTED" });
    const byMechanic = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const asCustomer: Caller = { audience: "CUSTOMER", user: customer };
    const asMechanic: Caller = { audience: "MECHANIC", user: mechanic };

    await everyRelation(asCustomer, "Mutation.cancelSession", { id: byCustomer.id, reason: "No longer needed" }, { holds: [byCustomer.id] });
    await everyRelation(asMechanic, "Mutation.cancelSession", { id: byMechanic.id, reason: "Cannot help" }, { holds: [byMechanic.id], hides: [customer.id] });
    await everyRelation(asCustomer, "Query.sessions", {}, { holds: [byCustomer.id, byMechanic.id] });
    for (const session of [byCustomer, byMechanic]) await everyRelation(asCustomer, "Query.session", { id: session.id }, { holds: [session.id] });
    await everyRelation(asMechanic, "Query.sessions", {}, { holds: [byCustomer.id], hides: [byMechanic.id] });
    await everyRelation(asMechanic, "Query.session", { id: byCustomer.id }, { holds: [byCustomer.id] });
  });
});
