import { resolutionMove } from "../../domain/enforcement/resolution.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { asClientError } from "../../platform/db/constraint-errors.ts";
import type { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, ErrorReason, notFound } from "../../platform/errors.ts";
import type { AuditStore } from "../audit/audit.store.ts";
import type { ChatService } from "../chat/chat.service.ts";
import type { ChatStore } from "../chat/chat.store.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import type { SessionService } from "../sessions/session.service.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { ResolutionArgs } from "../shared/resolution-outcome.ts";
import { seesOriginalDetail } from "./enforcement.policy.ts";
import type { EnforcementStore, ReportRow } from "./enforcement.store.ts";
import type { ReportMachine } from "./report.machine.ts";
import type { ReportSolicitationInput } from "./report.types.ts";

/** The argument path of a report's detail, as its content flag records it (`reportSolicitation(input: { detail })`). */
const DETAIL_FIELD = "input.detail";

/** A session no mechanic claimed, or a message the platform posted: no professional to report. */
const NOBODY_TO_ACCUSE = () => conflict("There is no mechanic or workshop advisor to report here", ErrorReason.NO_PROFESSIONAL_TO_REPORT);

/** What a report is about, once the customer is known to be party to it. */
export interface ReportedSubject {
  sessionId: string;
  /** The workshop conversation reported, or a reported message is in; null otherwise. */
  workshopId: string | null;
  accusedId: string | null;
}

/** Writing a customer's report once its subject is known to be theirs: ReportService's last step, and the demo seed's. */
export class ReportFiling {
  constructor(
    private readonly store: Pick<EnforcementStore, "createReport">,
    private readonly audit: Pick<AuditStore, "write">,
    private readonly contentFlags: Pick<ContentFlagService, "record">,
  ) {}

  /**
   * Files `report` of the customer `viewer` about `subject` (already checked to be theirs) in the
   * open transaction `tx`: the OPEN report, its detail's content flags and its audit row. The demo
   * seed files its report this way.
   *
   * @throws the store's unique-constraint error when the customer's report of the subject is still open
   */
  async fileIn(tx: Tx, viewer: Viewer, report: Pick<ReportSolicitationInput, "subjectType" | "subjectId" | "detail">, subject: ReportedSubject): Promise<ReportRow> {
    const filed = await this.store.createReport(tx, { reporterId: viewer.id, subjectType: report.subjectType, subjectId: report.subjectId, detail: report.detail ?? null, ...subject });
    await this.contentFlags.record(tx, viewer, { type: "SolicitationReport", id: filed.id });
    await this.audit.write(
      [
        {
          actor: viewer,
          action: "solicitation_report.filed",
          entityType: "SolicitationReport",
          entityId: filed.id,
          ...(subject.accusedId ? { subjectUserId: subject.accusedId } : {}),
          data: { subjectType: report.subjectType, subjectId: report.subjectId, sessionId: subject.sessionId, ...(subject.workshopId ? { workshopId: subject.workshopId } : {}) },
        },
      ],
      tx,
    );
    return filed;
  }
}

/**
 * Customers' reports of off-platform solicitation (seed 003: "Customers reporting off-platform
 * solicitation" is a warning signal, "customer complaints about solicitation" an investigation
 * trigger) and their resolution by admins (ReportMachine).
 */
export class ReportService {
  private readonly filing: ReportFiling;

  constructor(
    private readonly store: EnforcementStore,
    private readonly machine: ReportMachine,
    audit: AuditStore,
    private readonly contentFlags: ContentFlagService,
    /** Where the subject is looked up in the customer's own scope: sessions, their messages, workshop conversations, quotes. */
    private readonly subjects: { sessions: SessionService; chats: ChatStore; conversations: ChatService; quotes: QuoteService; quoteStore: QuoteStore },
  ) {
    this.filing = new ReportFiling(store, audit, contentFlags);
  }

  /**
   * A customer reports a session, a message (of the session chat or of a workshop conversation), a
   * quote, or a workshop conversation (`subjectId` its escalation, `workshopId` its workshop, by
   * default the escalation's current one) they are party to; `detail` went through the content
   * monitor (FREE_TEXT: masked, its findings flagged with the report). One open report per
   * customer and subject (a conversation: per escalation and workshop).
   *
   * `input` arrives parsed by the resolver (ReportSolicitationInput).
   *
   * @throws BAD_USER_INPUT for a `workshopId` with another subject than a conversation; NOT_FOUND for a subject the customer cannot see
   *   (or that does not exist); CONFLICT (reason ALREADY_EXISTS) when their report of it is still open, (reason
   *   NO_PROFESSIONAL_TO_REPORT) for a session no mechanic claimed or a message the platform posted, nothing written
   */
  async report(viewer: Viewer, input: ReportSolicitationInput): Promise<ReportRow> {
    const subject = await this.subject(viewer, input);
    try {
      return await this.store.transaction((tx) => this.filing.fileIn(tx, viewer, input, subject));
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("You already reported this; an admin is looking into it", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /** The subject's session and the professional it accuses, read in the customer's scope (NOT_FOUND outside it). */
  private async subject(viewer: Viewer, { subjectType: type, subjectId: id, workshopId }: ReportSolicitationInput): Promise<ReportedSubject> {
    if (type === "SESSION") {
      const session = await this.subjects.sessions.get(viewer, id);
      if (!session.mechanicId) throw NOBODY_TO_ACCUSE();
      return { sessionId: session.id, workshopId: null, accusedId: session.mechanicId };
    }
    if (type === "CONVERSATION") {
      const thread = await this.subjects.conversations.conversationThread(viewer, id, workshopId);
      return { ...thread, accusedId: await this.subjects.chats.latestSender(thread, "WORKSHOP_ADVISOR") };
    }
    if (type === "MESSAGE") {
      const message = await this.subjects.chats.messageParties(id);
      if (!message || message.senderId === viewer.id) throw notFound("Message");
      // NOT_FOUND, like a message that does not exist, when the session is not the customer's.
      await this.subjects.sessions.get(viewer, message.sessionId).catch(() => {
        throw notFound("Message");
      });
      if (!message.senderId) throw NOBODY_TO_ACCUSE();
      return { sessionId: message.sessionId, workshopId: message.workshopId, accusedId: message.senderId };
    }
    await this.subjects.quotes.get(viewer, id);
    const parties = await this.subjects.quoteStore.quoteParties(id);
    if (!parties) throw notFound("Quote");
    return { sessionId: parties.sessionId, workshopId: null, accusedId: parties.createdById };
  }

  /** Admins: reports, newest first, optionally in one status. */
  async list(status: ComplaintStatus | null, page: PageRequest): Promise<Page<ReportRow>> {
    const { rows, totalCount } = await this.store.reports(status, page);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * What the customer wrote in a report's detail, before the monitor masked it, for the viewers
   * the rule of `SolicitationReport.originalDetail` admits (admins): the flag's original, each read
   * audited (ContentFlagService.originalOfField), or the detail itself when nothing was masked.
   * Null without a detail, and for anyone else.
   */
  async originalDetail(viewer: Viewer, report: Pick<ReportRow, "id" | "detail">): Promise<string | null> {
    if (report.detail === null || !seesOriginalDetail(viewer)) return null;
    return (await this.contentFlags.originalOfField(viewer, { type: "SolicitationReport", id: report.id }, DETAIL_FIELD)) ?? report.detail;
  }

  /**
   * An admin upholds or dismisses an open report, with a note (ReportMachine). Sanctions stay a
   * separate, deliberate step (suspendAccount, banAccount). `args` are parsed by the resolver (ResolutionArgs).
   *
   * @throws NOT_FOUND for an unknown report; CONFLICT when already resolved
   */
  resolve(admin: Viewer, { id, outcome, note }: ResolutionArgs): Promise<ReportRow> {
    return this.store.transaction((tx) => this.machine.resolve(tx, admin, id, resolutionMove(outcome), note ?? null, new Date()));
  }
}
