import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE, RESPOND } from "../factories/escalations.ts";
import { createMechanic } from "../factories/index.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A mutation that selects a field the caller's role may never read is refused before it runs. A
 * refusal after the commit would answer `data: null` for a change that was made: the client could
 * not tell, and its retry would meet CONFLICT.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const RESPOND_READING_MATCH_INPUTS = `mutation ($offerId: ID!) { respondToEscalation(offerId: $offerId, accept: true) { id status matchInputs } }`;
const RESPOND_READING_IT_IN_A_FRAGMENT = `
  mutation ($offerId: ID!) { respondToEscalation(offerId: $offerId, accept: true) { id ...Inputs } }
  fragment Inputs on EscalationOffer { status ... on EscalationOffer { matchInputs } }`;

/** An escalation offered to one workshop; its advisor and the offer still OFFERED. */
async function pendingOffer() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { notes: "Pads", quotesRequested: 1 } }, scenario.mechanic.token);
  const offer = escalated.data!.escalate.offers.find((o: { workshop: { id: string } }) => o.workshop.id === workshop.id);
  expect(offer.status).toBe("OFFERED");
  return { advisor: workshop.advisor, offerId: offer.id as string };
}

async function offerStatus(offerId: string) {
  return (await app.prisma.escalationOffer.findUniqueOrThrow({ where: { id: offerId } })).status;
}

describe("a mutation selecting a field the caller's role may never read", () => {
  it("over HTTP is refused FORBIDDEN before it runs, naming the field, and changes nothing", async () => {
    const { advisor, offerId } = await pendingOffer();
    const refused = await app.gql(RESPOND_READING_MATCH_INPUTS, { offerId }, advisor.token);
    expect(refused.status).toBe(403);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", reason: "UNREADABLE_SELECTION", coordinate: "EscalationOffer.matchInputs" });
    expect(refused.errors![0]!.message).toContain("nothing was changed");
    expect(await offerStatus(offerId)).toBe("OFFERED");

    // Without the field, the same answer succeeds: nothing was half-done by the refusal.
    const accepted = await app.gql(RESPOND, { offerId, accept: true }, advisor.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToEscalation.status).toBe("ACCEPTED");
  });

  it("finds the field inside named and inline fragments", async () => {
    const { advisor, offerId } = await pendingOffer();
    const refused = await app.gql(RESPOND_READING_IT_IN_A_FRAGMENT, { offerId }, advisor.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", coordinate: "EscalationOffer.matchInputs" });
    expect(await offerStatus(offerId)).toBe("OFFERED");
  });

  it("over graphql-ws is refused the same way, and changes nothing", async () => {
    const { advisor, offerId } = await pendingOffer();
    const refusal = await wsExecute(app.ws(advisor.token), RESPOND_READING_MATCH_INPUTS, { offerId }).then(
      () => null,
      (errors: { extensions?: Record<string, unknown> }[]) => errors,
    );
    expect(refusal?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "UNREADABLE_SELECTION", coordinate: "EscalationOffer.matchInputs" });
    expect(await offerStatus(offerId)).toBe("OFFERED");
  });

  it("is left to run time where a nullable field on the way would keep the answer: one profile operation serves every role", async () => {
    const mechanic = await createMechanic(app);
    const updated = await app.gql(
      `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id customer { firstName phone address } mechanic { displayName } } }`,
      { input: { displayName: "Robin" } },
      mechanic.token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProfile).toMatchObject({ customer: null, mechanic: { displayName: "Robin" } });
  });

  it("reads @skip and @include: a field left out by them refuses nothing", async () => {
    const { advisor, offerId } = await pendingOffer();
    const guarded = `mutation ($offerId: ID!, $admin: Boolean!) { respondToEscalation(offerId: $offerId, accept: true) { id status matchInputs @include(if: $admin) ...Inputs @skip(if: true) } }
      fragment Inputs on EscalationOffer { matchInputs }`;
    const accepted = await app.gql(guarded, { offerId, admin: false }, advisor.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToEscalation.status).toBe("ACCEPTED");
  });

  it("refuses root fields beside one the caller may not call before any of them runs: the refusal would null the others' answers", async () => {
    const { advisor, offerId } = await pendingOffer();
    const both = `mutation ($offerId: ID!) { a: respondToEscalation(offerId: $offerId, accept: true) { id status } b: refundPayment(paymentId: "${randomUUID()}", idempotencyKey: "k-${randomUUID()}") { id } }`;
    const refused = await app.gql(both, { offerId }, advisor.token);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "UNREADABLE_SELECTION", coordinate: "Mutation.refundPayment" });
    expect(await offerStatus(offerId)).toBe("OFFERED");
    // Signed out, the same operation asks to sign in, and still runs nothing.
    const anonymous = await app.gql(both, { offerId });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "UNREADABLE_SELECTION" });
    expect(await offerStatus(offerId)).toBe("OFFERED");
  });

  it("is left alone for queries, which change nothing", async () => {
    const { advisor, offerId } = await pendingOffer();
    // A query may still answer what it can, with a FORBIDDEN error on the field.
    const read = await app.gql(`{ openEscalationOffers { nodes { id matchInputs } } }`, {}, advisor.token);
    expect(read.status).toBe(200);
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await offerStatus(offerId)).toBe("OFFERED");
  });
});
