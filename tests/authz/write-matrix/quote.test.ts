// The write-side privacy matrix of repair quotes (issue 17), from quote.machine.ts: each person's
// move through its own mutation (revise, re-quote after a decline, approve, decline; the partner's approve and reject). The
// fulfiller's `complete` is reached only through markRepairComplete, which first needs the repair
// paid and captures the payment, and expiry, closing, withdrawal and calling off are the system's alone: those
// are attempted on the machine (harness.ts, "Moves no mutation of their own makes").
import { afterAll, beforeAll } from "vitest";
import { quoteMachine, type QuoteMove } from "../../../src/modules/quotes/quote.machine.ts";
import type { QuoteStatus } from "../../../src/platform/db/generated/enums.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../../factories/escalations.ts";
import { createAdmin, type CreatedUser } from "../../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld, REJECT_PARTNER_QUOTE } from "../../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, onMachine, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id status } }`;
const DECLINE = `mutation ($quoteId: ID!) { declineQuote(quoteId: $quoteId, reason: "Too expensive") { id status } }`;

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

/** A workshop's fresh PENDING quote (APPROVED by its customer when asked), and its parties: the customer, the referring mechanic, the quoting advisor. */
async function workshopQuote(approved = false): Promise<{ id: string; parties: Arranged["parties"] }> {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  if (created.errors) throw new Error(created.body);
  const id: string = created.data!.createQuote.id;
  if (approved && (await app.gql(APPROVE, { quoteId: id }, scenario.customer.token)).errors) throw new Error("approval failed");
  return { id, parties: { CUSTOMER: scenario.customer, MECHANIC: scenario.mechanic, WORKSHOP_ADVISOR: workshop.advisor } };
}

/** A workshop's fresh quote its customer DECLINED, and its parties (as workshopQuote). */
async function declinedQuote(): Promise<{ id: string; parties: Arranged["parties"] }> {
  const quote = await workshopQuote();
  const declined = await app.gql(DECLINE, { quoteId: quote.id }, quote.parties.CUSTOMER!.token);
  if (declined.errors) throw new Error(declined.body);
  return quote;
}

/** A partnered mechanic's fresh quote awaiting its partner, and its parties: the customer, the mechanic, the partner. */
async function partnerQuote(): Promise<{ id: string; parties: Arranged["parties"] }> {
  const w = await partnerWorld(app, admin, { permissions: { quoteApprovalRequired: true } });
  const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
  if (created.errors) throw new Error(created.body);
  return { id: created.data!.createPartnerQuote.quote.id, parties: { CUSTOMER: w.customer, MECHANIC: w.mechanic, PARTNER: w.partner } };
}

/** A partner's quote approved by its partner, then by its customer (APPROVED), and its parties (as partnerQuote). */
async function approvedPartnerQuote(): Promise<{ id: string; parties: Arranged["parties"] }> {
  const quote = await partnerApprovedQuote();
  const approved = await app.gql(APPROVE, { quoteId: quote.id }, quote.parties.CUSTOMER!.token);
  if (approved.errors) throw new Error(approved.body);
  return quote;
}

/** The quote's trace: its status and the audit rows naming it. */
const quoteTrace = (id: string) => traceOf(app, id, async () => (await app.prisma.repairQuote.findUnique({ where: { id } }))?.status);

type Build = () => Promise<{ id: string; parties: Arranged["parties"] }>;

/**
 * `query` on a fresh quote (`quote` builds it), through the API; `conflict` names a status the
 * move may not leave and builds a quote in it, for the CONFLICT test.
 */
const through = (quote: Build, query: string, variables: (id: string) => Record<string, unknown>, conflict?: [QuoteStatus, Build]): MoveScenario<QuoteStatus> => ({
  ...(conflict ? { conflict: conflict[0] } : {}),
  async arrange(from) {
    const { id, parties } = await (conflict && from === conflict[0] ? conflict[1] : quote)();
    return { parties, attempt: (token) => app.gql(query, variables(id), token), trace: quoteTrace(id) };
  },
});

/** A partner's quote its partner approved (PENDING, its customer's to answer). */
async function partnerApprovedQuote(): Promise<{ id: string; parties: Arranged["parties"] }> {
  const quote = await partnerQuote();
  const approved = await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, quote.parties.PARTNER!.token);
  if (approved.errors) throw new Error(approved.body);
  return quote;
}

/** `move` on a fresh quote, made on the machine; `via` names what makes it in the product. */
const onQuote = (quote: () => Promise<{ id: string; parties: Arranged["parties"] }>, move: QuoteMove, via: string, extra: Partial<MoveScenario> & Pick<Arranged, "partyless"> = {}): MoveScenario => ({
  via,
  ...extra,
  async arrange() {
    const { id, parties } = await quote();
    return { parties, partyless: extra.partyless, trace: quoteTrace(id), ...onMachine(app, (actor) => app.prisma.$transaction((tx) => app.machines.quote.move(tx, actor, { id }, move))) };
  },
});

describeWriteMatrix(() => app, quoteMachine, {
  supersede: through(workshopQuote, REVISE, (id) => ({ q: id, input: REPAIR_1200 })),
  requote: through(declinedQuote, REVISE, (id) => ({ q: id, input: REPAIR_1200 })),
  approve: through(workshopQuote, APPROVE, (id) => ({ quoteId: id }), ["DECLINED", declinedQuote]),
  decline: through(workshopQuote, DECLINE, (id) => ({ quoteId: id }), ["DECLINED", declinedQuote]),
  partnerApprove: through(partnerQuote, APPROVE_PARTNER_QUOTE, (id) => ({ q: id }), ["PENDING", partnerApprovedQuote]),
  partnerReject: through(partnerQuote, REJECT_PARTNER_QUOTE, (id) => ({ q: id, r: "Prices out of date" }), ["PENDING", partnerApprovedQuote]),
  // The fulfiller completes: a workshop's advisor, or the partner of a partnered mechanic's quote.
  complete: [
    onQuote(() => workshopQuote(true), "complete", "markRepairComplete, once the repair is paid", {
      label: "a workshop's quote",
      partyless: { PARTNER: "a workshop's quote has no partner: the partner's quote tries the partner" },
    }),
    onQuote(approvedPartnerQuote, "complete", "markRepairComplete, once the repair is paid", {
      label: "a partner's quote",
      partyless: { WORKSHOP_ADVISOR: "a partner's quote has no workshop: the workshop's quote tries the advisor" },
    }),
  ],
  expire: onQuote(workshopQuote, "expire", "the customer's next action on an outdated quote"),
  // An approval closes the compared set's other quotes: those sent to the customer, and a partner's still awaiting its partner.
  close: [
    onQuote(workshopQuote, "close", "approveQuote of another quote of the compared set", { label: "a workshop's quote", from: ["PENDING"] }),
    onQuote(partnerQuote, "close", "approveQuote of another quote of the compared set", { label: "a partner's quote awaiting its partner", from: ["PENDING_PARTNER_APPROVAL"] }),
  ],
  withdraw: onQuote(partnerQuote, "withdraw", "terminatePartnership", { from: ["PENDING_PARTNER_APPROVAL"] }),
  callOff: onQuote(approvedPartnerQuote, "callOff", "terminatePartnership before it is paid, the repair's payment refunded in full, or its escrowed authorization released"),
});
