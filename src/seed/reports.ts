// The demo world's solicitation report (issue 18): Ben reports Jordan's live session, where Jordan
// asked him to phone instead of using the chat. It is filed as a customer's report is, through
// ReportFiling, and stays OPEN in the admins' `solicitationReports` until one resolves it.
import { AuditStore } from "../modules/audit/audit.store.ts";
import type { ContentFlagService } from "../modules/content/content-flag.service.ts";
import { EnforcementStore } from "../modules/enforcement/enforcement.store.ts";
import { ReportFiling } from "../modules/enforcement/report.service.ts";
import { sessionScope } from "../modules/sessions/session.policy.ts";
import { SessionStore } from "../modules/sessions/session.store.ts";
import type { Viewer } from "../platform/auth/viewer.ts";
import type { Database } from "../platform/db/database.ts";
import type { Tx } from "../platform/db/prisma.ts";

/** A demo customer's report of one of their sessions (its mechanic is the one reported). */
export interface DemoSessionReport {
  customerId: string;
  sessionId: string;
  /** Clean text: the seed test asserts the content monitor finds nothing in it. */
  detail: string;
}

/** The demo detail holds no contact details (the seed test checks it), so there is nothing for the content monitor to flag. */
const nothingToFlag: Pick<ContentFlagService, "record"> = { record: async () => {} };

/**
 * Files `reports` in `tx` as the customers would: each session is read in its customer's own scope
 * (as ReportService does; a session that is not theirs fails the seed), then filed OPEN with its
 * audit row.
 */
export async function seedReports(tx: Tx, database: Pick<Database, "prisma" | "sql">, reports: readonly DemoSessionReport[]): Promise<void> {
  const { prisma, sql } = database;
  const sessions = new SessionStore(prisma, sql);
  const filing = new ReportFiling(new EnforcementStore(prisma), new AuditStore(prisma), nothingToFlag);
  for (const report of reports) {
    const customer: Viewer = { id: report.customerId, role: "CUSTOMER", workshopId: null };
    const session = await sessions.findWith({ viewer: customer, where: sessionScope(customer) }, report.sessionId, { id: true, mechanicId: true }, tx);
    if (!session) throw new Error(`demo session ${report.sessionId} is not its reporter's`);
    await filing.fileIn(tx, customer, { subjectType: "SESSION", subjectId: session.id, detail: report.detail }, { sessionId: session.id, workshopId: null, accusedId: session.mechanicId });
  }
}
