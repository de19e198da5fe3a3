import { z } from "zod";
import { DAY_MS, penaltyFor, penaltyOutcome } from "../../domain/enforcement/penalty-ladder.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { AccountStatus, ContactKind, FlagStatus, PenaltyKind } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { AccountStatusCache } from "../accounts/account-status.ts";
import type { AccountService } from "../accounts/account.service.ts";
import { contentFlagSelect } from "../content/content-flag.service.ts";
import { releaseEarnings, withholdEarnings } from "../payments/withholding.ts";
import { sessionSelect } from "../sessions/session.service.ts";
import { afterTimestamp, cursorTimestamp, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { toChatMessage, type ChatMessage } from "./chat.types.ts";
import { isPenalisable } from "./contact-detector.ts";
import { ReviewDecision, type ComplianceRate, type ContactViolation, type FlaggedConversation, type InvestigationTriggers } from "./enforcement.types.ts";

/** Investigation trigger: a mechanic with more than this many completed diagnostics and no escalation. */
export const INVESTIGATION_MIN_COMPLETED = 10;
const INVESTIGATION_DAYS_DEFAULT = 7;

/** What a violation is about: a chat message, or a flagged field of another record (a ContentFlag). */
export type Offence = { offenderId: string; kinds: ContactKind[] } & ({ messageId: string; sessionId: string } | { contentFlagId: string; entityType: string; entityId: string; field: string });

export interface AppliedPenalty {
  violationId: string;
  penaltyId: string;
  kind: PenaltyKind;
  status: AccountStatus;
}

const messageSelect = {
  id: true,
  sessionId: true,
  senderId: true,
  kind: true,
  body: true,
  deliveredBody: true,
  flaggedKinds: true,
  createdAt: true,
  editedAt: true,
  sender: { select: { role: true } },
} as const;

type MessageRow = Prisma.ChatMessageGetPayload<{ select: typeof messageSelect }>;
const adminMessage = (row: MessageRow): ChatMessage => toChatMessage({ ...row, senderRole: row.sender?.role ?? null }, true);

const reviewSchema = z.object({ id: z.string().uuid("must be a violation id"), note: z.string().trim().max(2000, "must be at most 2000 characters").nullish() });
const violationFilterSchema = z.object({ mechanicId: z.string().uuid("must be a mechanic id").nullish() });
const triggersSchema = z.object({ days: z.number().int().min(1, "must be at least 1").max(365, "must be at most 365") });

/**
 * Contact-sharing enforcement: penalties the moment a mechanic's message is flagged, admin review
 * (a dismissal reverses the penalty), and the compliance views of the admin dashboard.
 */
export class EnforcementService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly accounts: AccountService,
    private readonly accountStatus: AccountStatusCache,
    private readonly pubSub: AppPubSub,
  ) {}

  /**
   * Records a professional's violation and, when it holds a contact detail or an explicit
   * off-platform deal (`isPenalisable`), applies the next rung of the ladder, inside the caller's
   * transaction (the one that stores the message or the flagged field), so nothing is flagged
   * without its violation and penalty. A phrase-only hit ("call me") is recorded OPEN for review
   * and costs nothing: the answer is null then. The ladder applies to mechanics, workshop advisors
   * and partners alike; a ban withholds earnings of mechanics (the payees of MECHANIC_PAYABLE).
   */
  async penalise(tx: Prisma.TransactionClient, offence: Offence): Promise<AppliedPenalty | null> {
    const now = new Date();
    const source = "messageId" in offence ? { messageId: offence.messageId } : { contentFlagId: offence.contentFlagId };
    const violation = await tx.contactViolation.create({ data: { ...source, offenderId: offence.offenderId, kinds: offence.kinds }, select: { id: true } });
    const detected = {
      actorId: offence.offenderId,
      action: "messageId" in offence ? "chat.contact_violation.detected" : "content.contact_violation.detected",
      entityType: "ContactViolation",
      entityId: violation.id,
      subjectUserId: offence.offenderId,
      fields: [],
    };
    const where =
      "messageId" in offence
        ? { messageId: offence.messageId, sessionId: offence.sessionId }
        : { contentFlagId: offence.contentFlagId, entityType: offence.entityType, entityId: offence.entityId, field: offence.field };
    if (!isPenalisable(offence.kinds)) {
      const { role } = await tx.user.findUniqueOrThrow({ where: { id: offence.offenderId }, select: { role: true } });
      await tx.auditLog.create({ data: { ...detected, actorRole: role, data: { ...where, kinds: offence.kinds, penalised: false } } });
      return null;
    }
    // The increment is atomic and returns the new count, so concurrent offences take distinct rungs.
    const { violationCount, role } = await tx.user.update({
      where: { id: offence.offenderId },
      data: { violationCount: { increment: 1 } },
      select: { violationCount: true, role: true },
    });
    const rung = penaltyFor(violationCount);
    const { status, endsAt } = penaltyOutcome(rung, now);
    const penalty = await tx.penalty.create({ data: { userId: offence.offenderId, violationId: violation.id, kind: rung.kind, startsAt: now, endsAt }, select: { id: true } });
    await tx.user.update({ where: { id: offence.offenderId }, data: { status, suspendedUntil: endsAt, statusReason: rung.reason } });
    const withheld = rung.kind === "PERMANENT_BAN" && role === "MECHANIC";
    if (withheld) {
      await tx.mechanicProfile.update({ where: { userId: offence.offenderId }, data: { earningsWithheld: true } });
      await withholdEarnings(tx, offence.offenderId, penalty.id);
    }
    await tx.auditLog.createMany({
      data: [
        { ...detected, actorRole: role, data: { ...where, kinds: offence.kinds } },
        {
          actorId: null,
          actorRole: null,
          action: "account.penalty.applied",
          entityType: "Penalty",
          entityId: penalty.id,
          subjectUserId: offence.offenderId,
          fields: ["status", "suspendedUntil", ...(withheld ? ["earningsWithheld"] : [])],
          data: { kind: rung.kind, violationCount, endsAt: endsAt?.toISOString() ?? null, status },
        },
      ],
    });
    return { violationId: violation.id, penaltyId: penalty.id, kind: rung.kind, status };
  }

  /** After the penalty's transaction committed: drop cached statuses everywhere and end the user's live sockets. */
  announceStatus(userId: string, status: AccountStatus): void {
    this.accountStatus.invalidate(userId);
    this.pubSub.publish("accountStatusChanged", { userId, status });
  }

  /**
   * An admin confirms or dismisses an open flag. Dismissing (a false positive) reverses its
   * penalty: the violation stops counting, and the account's standing is recomputed from the
   * penalties that remain (a ban or a longer suspension still applies).
   */
  async review(admin: Viewer, id: string, decision: ReviewDecision, note?: string | null): Promise<ContactViolation> {
    const data = validateInput(reviewSchema, { id, note });
    const now = new Date();
    const changed = await this.prisma.$transaction(async (tx) => {
      const status: FlagStatus = decision === ReviewDecision.CONFIRM ? "CONFIRMED" : "DISMISSED";
      const { count } = await tx.contactViolation.updateMany({
        where: { id: data.id, status: "OPEN" },
        data: { status, reviewedById: admin.id, reviewedAt: now, reviewNote: data.note ?? null },
      });
      if (count === 0) {
        const existing = await tx.contactViolation.findUnique({ where: { id: data.id }, select: { status: true } });
        if (!existing) throw notFound("Violation");
        throw conflict(`This violation was already ${existing.status.toLowerCase()}`);
      }
      const violation = await tx.contactViolation.findUniqueOrThrow({ where: { id: data.id }, select: { offenderId: true, penalty: { select: { id: true, reversedAt: true } } } });
      const audit: Prisma.AuditLogCreateManyInput[] = [
        {
          actorId: admin.id,
          actorRole: "ADMIN",
          action: `chat.contact_violation.${status.toLowerCase()}`,
          entityType: "ContactViolation",
          entityId: data.id,
          subjectUserId: violation.offenderId,
          fields: ["status"],
          data: { note: data.note ?? null },
        },
      ];
      let standing: AccountStatus | null = null;
      if (status === "DISMISSED" && violation.penalty && !violation.penalty.reversedAt) {
        await tx.penalty.update({ where: { id: violation.penalty.id }, data: { reversedAt: now } });
        await tx.user.updateMany({ where: { id: violation.offenderId, violationCount: { gt: 0 } }, data: { violationCount: { decrement: 1 } } });
        standing = await this.restoreStanding(tx, violation.offenderId, violation.penalty.id, now);
        audit.push({
          actorId: admin.id,
          actorRole: "ADMIN",
          action: "account.penalty.reversed",
          entityType: "Penalty",
          entityId: violation.penalty.id,
          subjectUserId: violation.offenderId,
          fields: ["status", "suspendedUntil", "earningsWithheld"],
          data: { status: standing },
        });
      }
      await tx.auditLog.createMany({ data: audit });
      return standing === null ? null : { userId: violation.offenderId, status: standing };
    });
    if (changed) this.announceStatus(changed.userId, changed.status);
    return this.violation(data.id);
  }

  /** Sets the account from the penalties still standing: a ban, else the longest running suspension, else active. */
  private async restoreStanding(tx: Prisma.TransactionClient, userId: string, reversedPenaltyId: string, now: Date): Promise<AccountStatus> {
    const standing = await tx.penalty.findMany({
      where: { userId, reversedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      select: { kind: true, endsAt: true },
      orderBy: { startsAt: "desc" },
    });
    const banned = standing.some((p) => p.kind === "PERMANENT_BAN");
    const until = standing.reduce<Date | null>((max, p) => (p.endsAt && (!max || p.endsAt > max) ? p.endsAt : max), null);
    const status: AccountStatus = banned ? "BANNED" : until ? "SUSPENDED" : "ACTIVE";
    const reason = banned ? penaltyFor(3).reason : until ? "Contact details shared: suspension still running" : null;
    await tx.user.update({ where: { id: userId }, data: { status, suspendedUntil: banned ? null : until, statusReason: reason } });
    const lifted = await tx.mechanicProfile.updateMany({ where: { userId, earningsWithheld: true }, data: { earningsWithheld: banned } });
    if (lifted.count > 0 && !banned) await releaseEarnings(tx, userId, reversedPenaltyId);
    return status;
  }

  async violation(id: string): Promise<ContactViolation> {
    const row = await this.prisma.contactViolation.findUnique({ where: { id }, select: violationSelect });
    if (!row) throw notFound("Violation");
    return toViolation(row);
  }

  async violations(filter: { mechanicId?: string | null; status?: FlagStatus | null }, page: PageRequest): Promise<Page<ContactViolation>> {
    const { mechanicId } = validateInput(violationFilterSchema, { mechanicId: filter.mechanicId });
    const where: Prisma.ContactViolationWhereInput = { ...(mechanicId ? { offenderId: mechanicId } : {}), ...(filter.status ? { status: filter.status } : {}) };
    const [rows, totalCount] = await Promise.all([
      this.prisma.contactViolation.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: violationSelect,
      }),
      this.prisma.contactViolation.count({ where }),
    ]);
    return toPage(rows.map(toViolation), page, totalCount, (row) => row.createdAt);
  }

  /** Sessions with flagged messages, most recently flagged first, aggregated in the database. */
  async flaggedConversations(page: PageRequest): Promise<Page<FlaggedConversation>> {
    const after = page.after;
    const rows = await this.prisma.$queryRaw<{ sessionId: string; flagged: number; last: Date }[]>`
      WITH flagged AS (
        SELECT "sessionId", COUNT(*)::int AS flagged, MAX("createdAt") AS last
        FROM "ChatMessage" WHERE cardinality("flaggedKinds") > 0 GROUP BY "sessionId"
      )
      SELECT "sessionId"::text AS "sessionId", flagged, last FROM flagged
      WHERE ${after === null} OR (last, "sessionId") < (${after ? cursorTimestamp(after.value) : new Date(0)}::timestamp, ${after?.id ?? "00000000-0000-0000-0000-000000000000"}::uuid)
      ORDER BY last DESC, "sessionId" DESC
      LIMIT ${page.take + 1}`;
    const [count] = await this.prisma.$queryRaw<{ total: number }[]>`
      SELECT COUNT(DISTINCT "sessionId")::int AS total FROM "ChatMessage" WHERE cardinality("flaggedKinds") > 0`;
    const sessions = await this.prisma.diagnosticSession.findMany({ where: { id: { in: rows.map((r) => r.sessionId) } }, select: sessionSelect });
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const nodes = rows.map((r) => ({ id: r.sessionId, session: byId.get(r.sessionId)!, flaggedMessageCount: r.flagged, lastFlaggedAt: r.last }));
    const result = toPage(nodes, page, count?.total ?? 0, (row) => row.lastFlaggedAt);
    return { ...result, nodes: result.nodes.map(({ id: _id, ...node }) => node) };
  }

  async complianceRate(): Promise<ComplianceRate> {
    const [mechanicCount, compliantCount] = await Promise.all([this.prisma.mechanicProfile.count(), this.prisma.mechanicProfile.count({ where: { user: { violationCount: 0 } } })]);
    return { mechanicCount, compliantCount, basisPoints: mechanicCount === 0 ? null : Math.floor((compliantCount * 10_000) / mechanicCount) };
  }

  async investigationTriggers(days: number = INVESTIGATION_DAYS_DEFAULT): Promise<InvestigationTriggers> {
    validateInput(triggersSchema, { days });
    const since = new Date(Date.now() - days * DAY_MS);
    const [idle, recent] = await Promise.all([
      this.prisma.$queryRaw<{ mechanicId: string; completed: number }[]>`
        SELECT s."mechanicId"::text AS "mechanicId", COUNT(*)::int AS completed
        FROM "DiagnosticSession" s
        WHERE s.status = 'COMPLETED' AND s."mechanicId" IS NOT NULL
        GROUP BY s."mechanicId"
        HAVING COUNT(*) > ${INVESTIGATION_MIN_COMPLETED}
           AND NOT EXISTS (SELECT 1 FROM "Escalation" e WHERE e."mechanicId" = s."mechanicId")
        ORDER BY completed DESC, s."mechanicId"
        LIMIT 100`,
      this.prisma.chatMessage.findMany({
        where: { flaggedKinds: { isEmpty: false }, createdAt: { gte: since } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 100,
        select: messageSelect,
      }),
    ]);
    const mechanics = await Promise.all(idle.map((row) => this.accounts.mechanicProfile(row.mechanicId)));
    return {
      mechanicsWithoutEscalations: idle.flatMap((row, i) => (mechanics[i] ? [{ mechanic: mechanics[i], completedDiagnostics: row.completed, escalations: 0 }] : [])),
      recentContactMessages: recent.map(adminMessage),
    };
  }
}

const violationSelect = {
  id: true,
  offenderId: true,
  kinds: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  reviewNote: true,
  message: { select: messageSelect },
  contentFlag: { select: contentFlagSelect },
  penalty: { select: { id: true, kind: true, startsAt: true, endsAt: true, reversedAt: true } },
} as const;

function toViolation(row: Prisma.ContactViolationGetPayload<{ select: typeof violationSelect }>): ContactViolation {
  const { contentFlag, ...rest } = row;
  return { ...rest, message: row.message ? adminMessage(row.message) : null, content: contentFlag };
}
