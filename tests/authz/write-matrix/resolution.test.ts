// The write-side matrices of the two resolutions an admin decides (issue 17), from REPORT_MACHINE
// (a customer's solicitation report) and COMPLAINT_MACHINE (a customer's complaint about a
// partner's quote): an admin upholds or dismisses an open one through resolveSolicitationReport or
// resolveComplaint, once; every other role is refused before any row is read.
import type { ResolutionMove } from "../../../src/domain/enforcement/resolution.ts";
import { REPORT_MACHINE } from "../../../src/modules/enforcement/report.machine.ts";
import { COMPLAINT_MACHINE } from "../../../src/modules/quotes/complaint.machine.ts";
import type { ComplaintStatus } from "../../../src/platform/db/generated/enums.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../../factories/index.ts";
import { approvedPartnerQuoteFor, complainAbout, partnerWorld } from "../../factories/partnerships.ts";
import type { TestApp } from "../../setup/test-app.ts";
import { appSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REPORT = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id } }`;
const RESOLVE_REPORT = `mutation ($id: ID!, $o: ResolutionOutcome!) { resolveSolicitationReport(id: $id, outcome: $o, note: "Checked the chat") { id status } }`;
const RESOLVE_COMPLAINT = `mutation ($id: ID!, $o: ResolutionOutcome!) { resolveComplaint(id: $id, outcome: $o, note: "Checked the invoice") { id status } }`;

const OUTCOME: Readonly<Record<ResolutionMove, string>> = { uphold: "UPHELD", dismiss: "DISMISSED" };

/** A fresh open record (its id and parties), from `open`. */
type Open = () => Promise<{ id: string; parties: Arranged["parties"] }>;

/**
 * `move` by `mutation` on a fresh record `open` files and `status` reads; for the CONFLICT test, the
 * record is first dismissed by an admin (a resolution is made once).
 */
function resolution(open: Open, mutation: string, status: (id: string) => Promise<string | undefined>, move: ResolutionMove): MoveScenario<ComplaintStatus> {
  return {
    conflict: "REJECTED",
    async arrange(from) {
      const { id, parties } = await open();
      if (from === "REJECTED" && (await app.gql(mutation, { id, o: "DISMISSED" }, admin.token)).errors) throw new Error("the dismissal failed");
      return { parties, attempt: (token) => app.gql(mutation, { id, o: OUTCOME[move] }, token), trace: traceOf(app, id, () => status(id)) };
    },
  };
}

/** A customer's open report of their session's mechanic: the parties are the reporter and the accused. */
const openReport: Open = async () => {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const reported = await app.gql(REPORT, { input: { subjectType: "SESSION", subjectId: session.id, detail: "Asked me to pay in cash" } }, customer.token);
  if (reported.errors) throw new Error(reported.body);
  return { id: reported.data!.reportSolicitation.id, parties: { CUSTOMER: customer, MECHANIC: mechanic } };
};

/** A customer's open complaint about a partner's quote: the parties are the customer, the quote's mechanic and its partner. */
const openComplaint: Open = async () => {
  const w = await partnerWorld(app, admin);
  const id = await complainAbout(app, await approvedPartnerQuoteFor(app, w, w.customer), w.customer);
  return { id, parties: { CUSTOMER: w.customer, MECHANIC: w.mechanic, PARTNER: w.partner } };
};

const reportStatus = async (id: string) => (await app.prisma.solicitationReport.findUnique({ where: { id } }))?.status;
const complaintStatus = async (id: string) => (await app.prisma.complaint.findUnique({ where: { id } }))?.status;

describeWriteMatrix(() => app, REPORT_MACHINE, {
  uphold: resolution(openReport, RESOLVE_REPORT, reportStatus, "uphold"),
  dismiss: resolution(openReport, RESOLVE_REPORT, reportStatus, "dismiss"),
});

describeWriteMatrix(() => app, COMPLAINT_MACHINE, {
  uphold: resolution(openComplaint, RESOLVE_COMPLAINT, complaintStatus, "uphold"),
  dismiss: resolution(openComplaint, RESOLVE_COMPLAINT, complaintStatus, "dismiss"),
});
