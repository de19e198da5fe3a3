import type { Prisma } from "../../platform/db/generated/client.ts";
import type { ComplaintStatus, ContactKind, PenaltyKind, SanctionKind } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { contentFlagSelect } from "../content/content-flag.service.ts";
import { afterTimestamp, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";

/** A flagged chat message as admins see it, with its thread (`workshopId`) and its sender's role (loaded through the violation). */
export const flaggedMessageSelect = {
  id: true,
  sessionId: true,
  workshopId: true,
  senderId: true,
  kind: true,
  body: true,
  deliveredBody: true,
  flaggedKinds: true,
  createdAt: true,
  editedAt: true,
  sender: { select: { role: true } },
} as const;
export type FlaggedMessageRow = Prisma.ChatMessageGetPayload<{ select: typeof flaggedMessageSelect }>;

const violationSelect = {
  id: true,
  offenderId: true,
  kinds: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  reviewNote: true,
  message: { select: flaggedMessageSelect },
  contentFlag: { select: contentFlagSelect },
  penalty: { select: { id: true, kind: true, startsAt: true, endsAt: true, reversedAt: true } },
} as const;
export type ViolationRow = Prisma.ContactViolationGetPayload<{ select: typeof violationSelect }>;

/** A solicitation report's columns the API shows. */
export const reportSelect = {
  id: true,
  reporterId: true,
  subjectType: true,
  subjectId: true,
  sessionId: true,
  accusedId: true,
  workshopId: true,
  detail: true,
  status: true,
  createdAt: true,
  resolvedAt: true,
  resolutionNote: true,
} as const;
export type ReportRow = Prisma.SolicitationReportGetPayload<{ select: typeof reportSelect }>;

const sanctionSelect = { id: true, userId: true, kind: true, reason: true, endsAt: true, createdAt: true } as const;
export type SanctionRow = Prisma.AccountSanctionGetPayload<{ select: typeof sanctionSelect }>;

/** A ladder penalty still standing (restrictionsInForce). */
export interface PenaltyInForce {
  kind: PenaltyKind;
  startsAt: Date;
  endsAt: Date | null;
}

/** An admin's suspension or ban still standing (restrictionsInForce). */
export interface SanctionInForce {
  kind: "SUSPENSION" | "BAN";
  createdAt: Date;
  endsAt: Date | null;
  reason: string;
}

/** What a violation is about: a chat message, or a flagged field of another record (a ContentFlag). */
export type ViolationSource = { messageId: string } | { contentFlagId: string };

/**
 * Every read and write of ContactViolation, Penalty, SolicitationReport and AccountSanction except
 * a violation's review status and a report's resolution, which only ViolationMachine and
 * ReportMachine change. Violations and reports open OPEN (the schema's default).
 */
export class EnforcementStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** Records a violation of `offenderId` (status OPEN) in the transaction that stores what it is about. */
  async createViolation(tx: Tx, source: ViolationSource, offenderId: string, kinds: ContactKind[]): Promise<{ id: string }> {
    return tx.contactViolation.create({ data: { ...source, offenderId, kinds }, select: { id: true } });
  }

  /** Records the ladder's penalty for a violation; `endsAt` null for a permanent ban. */
  async createPenalty(tx: Tx, penalty: { userId: string; violationId: string; kind: PenaltyKind; startsAt: Date; endsAt: Date | null }): Promise<{ id: string }> {
    return tx.penalty.create({ data: penalty, select: { id: true } });
  }

  /** Marks a penalty reversed at `at` (its violation was dismissed). */
  async reversePenalty(tx: Tx, penaltyId: string, at: Date): Promise<void> {
    await tx.penalty.update({ where: { id: penaltyId }, data: { reversedAt: at } });
  }

  /**
   * What still stands on a user at `now`, to recompute their standing (domain standingFrom): the
   * ladder's penalties not reversed, and admins' suspensions and bans, neither ended by a later
   * sanction (`endedAt`) nor run out (no end, or ending later). Newest first.
   */
  async restrictionsInForce(tx: Tx, userId: string, now: Date): Promise<{ penalties: PenaltyInForce[]; sanctions: SanctionInForce[] }> {
    const running = { endedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
    const [penalties, sanctions] = await Promise.all([
      tx.penalty.findMany({ where: { userId, reversedAt: null, ...running }, select: { kind: true, startsAt: true, endsAt: true }, orderBy: { startsAt: "desc" } }),
      tx.accountSanction.findMany({
        where: { userId, kind: { in: ["SUSPENSION", "BAN"] }, ...running },
        select: { kind: true, createdAt: true, endsAt: true, reason: true },
        orderBy: { createdAt: "desc" },
      }),
    ]);
    return { penalties, sanctions: sanctions.map((s) => ({ ...s, kind: s.kind === "BAN" ? "BAN" : "SUSPENSION" })) };
  }

  /**
   * Marks as ended by sanction `sanctionId` at `at` what stands on user `userId` then (not
   * reversed, not ended, not run out): every ladder penalty and admin's suspension or ban for a
   * lift (`ALL`), only the suspensions of either kind for a suspension that replaces them
   * (`SUSPENSIONS`). Ended rows no longer weigh on the standing (restrictionsInForce); the ids of
   * what was ended, for the sanction's audit row.
   */
  async endInForce(tx: Tx, userId: string, sanctionId: string, at: Date, what: "ALL" | "SUSPENSIONS"): Promise<{ penaltyIds: string[]; sanctionIds: string[] }> {
    const running = { userId, endedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: at } }] };
    const penaltyWhere: Prisma.PenaltyWhereInput = { ...running, reversedAt: null, ...(what === "SUSPENSIONS" ? { kind: { not: "PERMANENT_BAN" } } : {}) };
    const sanctionWhere: Prisma.AccountSanctionWhereInput = { ...running, id: { not: sanctionId }, kind: { in: what === "SUSPENSIONS" ? ["SUSPENSION"] : ["SUSPENSION", "BAN"] } };
    const [penalties, sanctions] = await Promise.all([tx.penalty.findMany({ where: penaltyWhere, select: { id: true } }), tx.accountSanction.findMany({ where: sanctionWhere, select: { id: true } })]);
    const ended = { endedAt: at, endedBySanctionId: sanctionId };
    const penaltyIds = penalties.map((p) => p.id);
    const sanctionIds = sanctions.map((s) => s.id);
    if (penaltyIds.length > 0) await tx.penalty.updateMany({ where: { id: { in: penaltyIds }, endedAt: null }, data: ended });
    if (sanctionIds.length > 0) await tx.accountSanction.updateMany({ where: { id: { in: sanctionIds }, endedAt: null }, data: ended });
    return { penaltyIds, sanctionIds };
  }

  /** One violation with its message or flagged field and its penalty, or null. */
  violation(id: string): Promise<ViolationRow | null> {
    return this.prisma.contactViolation.findUnique({ where: { id }, select: violationSelect });
  }

  /** One page of violations within `scope` and `filter`, newest first (keyset after `page.after`, `page.take + 1` rows), and the total count. */
  async violations(scope: StoreScope<Prisma.ContactViolationWhereInput>, filter: Prisma.ContactViolationWhereInput, page: PageRequest): Promise<{ rows: ViolationRow[]; totalCount: number }> {
    const where: Prisma.ContactViolationWhereInput = { AND: [whereOf(scope) ?? {}, filter] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.contactViolation.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: violationSelect,
      }),
      this.prisma.contactViolation.count({ where }),
    ]);
    return { rows, totalCount };
  }

  // ── solicitation reports (report.service.ts; ReportMachine writes their status) ──

  /**
   * Records a customer's OPEN report. Its `openKey` is unique while the report is open, so a
   * second open report of the same customer and subject (a conversation: escalation and
   * workshop) fails with a unique violation.
   */
  createReport(tx: Tx, report: Omit<Prisma.SolicitationReportUncheckedCreateInput, "id" | "status" | "openKey" | "createdAt">): Promise<ReportRow> {
    const workshop = report.subjectType === "CONVERSATION" ? `:${report.workshopId}` : "";
    return tx.solicitationReport.create({ data: { ...report, openKey: `${report.reporterId}:${report.subjectType}:${report.subjectId}${workshop}` }, select: reportSelect });
  }

  /** One page of reports, newest first (keyset after `page.after`, `page.take + 1` rows), optionally in one status, and the total count. */
  async reports(status: ComplaintStatus | null, page: PageRequest): Promise<{ rows: ReportRow[]; totalCount: number }> {
    const where: Prisma.SolicitationReportWhereInput = status ? { status } : {};
    const [rows, totalCount] = await Promise.all([
      this.prisma.solicitationReport.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: reportSelect,
      }),
      this.prisma.solicitationReport.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** For retention trends: how many reports customers filed in [from, to). */
  countReportsIn(from: Date, to: Date): Promise<number> {
    return this.prisma.solicitationReport.count({ where: { createdAt: { gte: from, lt: to } } });
  }

  // ── admin sanctions (sanction.service.ts) ──

  /** Records an admin's suspension, ban or lift of an account: the key its withholding or release is booked under. */
  createSanction(tx: Tx, sanction: { userId: string; kind: SanctionKind; reason: string; endsAt: Date | null; createdById: string }): Promise<SanctionRow> {
    return tx.accountSanction.create({ data: sanction, select: sanctionSelect });
  }
}

/**
 * Demo data only (src/seed): inserts demo penalties as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function insertDemoPenalties(tx: Tx, penalties: Prisma.PenaltyCreateManyInput[]): Promise<void> {
  await tx.penalty.createMany({ data: penalties });
}
