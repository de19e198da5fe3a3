import { ContactDetailsRefusal, readWriteTogether, writtenText, type BurstRule, type WrittenText } from "../../authz/content-enforce.ts";
import { contentRule } from "../../authz/content-policy.ts";
import type { DetectionOptions } from "../../domain/contacts/contact-detector.ts";
import { splitRepair } from "../../domain/money/fee-policy.ts";
import { assertChargeableTotal, priceLineItems, PriceListError, priceListLines, PricingError } from "../../domain/money/pricing.ts";
import { effectiveMonthlyLimit } from "../../domain/partnerships/partnership-rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { asClientError } from "../../platform/db/constraint-errors.ts";
import type { QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { AppError, conflict, ErrorCode, ErrorReason, forbidden, notFound, badInputAt } from "../../platform/errors.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import type { ContentFlagService, RefusedText } from "../content/content-flag.service.ts";
import type { EscalationMachine } from "../escalations/escalation.machine.ts";
import type { PartnershipUse, UsableState } from "../partnerships/partnership-use.service.ts";
import type { PartnerQuoteInput } from "../partnerships/partnership.inputs.ts";
import type { PartnershipSettings } from "../partnerships/partnership.service.ts";
import type { CatalogPartRow, PartnershipStore, QuotingTerms } from "../partnerships/partnership.store.ts";
import type { CommissionPreview, PartnerQuoteResult } from "../partnerships/partnership.type.ts";
import type { SessionStore } from "../sessions/session.store.ts";
import { systemScope } from "../shared/scope.ts";
import type { QuoteArrival, QuoteNotices } from "./quote-notice.ts";
import type { QuoteMachine, QuoteTransition } from "./quote.machine.ts";
import { quotesTo } from "./quote.policy.ts";
import { outOfStock, toQuote } from "./quote.service.ts";
import type { QuoteStore } from "./quote.store.ts";
import type { RepairQuote } from "./quote.type.ts";

const LIVE: readonly QuoteStatus[] = ["PENDING_PARTNER_APPROVAL", "PENDING", "APPROVED", "COMPLETED"];

const AWAITING_YOU = "This quote is not awaiting your approval";

/**
 * Quotes a partnered mechanic writes from the partner's price list for their own completed
 * session. The partnership row is locked (`FOR UPDATE`) while the monthly limit is checked and the
 * quote written, so concurrent quotes cannot together exceed it. Quotes above the partner's
 * auto-approval threshold wait (PENDING_PARTNER_APPROVAL, invisible to the customer) until the
 * partner approves or rejects them; then the ordinary customer approval and payment apply.
 */
export class PartnerQuoteService {
  constructor(
    private readonly store: QuoteStore,
    /** The owners of what a partner quote reads: the partnership (its lock, price list, badge), the session quoted, the partner's profile. */
    private readonly owners: { partnerships: PartnershipStore; sessions: SessionStore; accounts: AccountStore },
    private readonly machine: QuoteMachine,
    private readonly escalations: EscalationMachine,
    private readonly notices: QuoteNotices,
    private readonly settings: PartnershipSettings,
    private readonly contentFlags: ContentFlagService,
    /** Whether a partnership is usable now (its status, contract, margin and mechanic's vetting). */
    private readonly use: PartnershipUse,
    /** The contact detector's options, as the content policy reads every write (config.platformDomains among them). */
    private readonly detection: DetectionOptions,
  ) {}

  /** Prices lines and shows the split without writing anything (the quote builder's preview). */
  async preview(viewer: Viewer, input: PartnerQuoteInput, now = new Date()): Promise<CommissionPreview> {
    const data = input;
    const partnership = await this.owners.partnerships.find({ viewer, where: { mechanicId: viewer.id } }, data.partnershipId);
    if (!partnership) throw notFound("Partnership");
    await this.assertUsable(partnership, now);
    const priced = await this.price(partnership, data, now);
    return this.commission(partnership, priced.totalCents, await this.store.quotedThisMonth(partnership.id, now));
  }

  /**
   * The mechanic quotes their completed session from the partner's price list (see the class). The
   * quote is read whole before it is written, as the customer will read it: its notes, then its
   * lines as they show, each part's name and number (assertLinesReadTogether).
   *
   * @throws BAD_USER_INPUT CONTACT_DETAILS at `input.parts[i]` (or `input.labor[j]`) when the
   *   partner's catalog names and part numbers the lines show, read with the notes and each other,
   *   make a contact detail (recorded for admins on the catalog entries, no penalty; nothing written)
   * @throws PARTNERSHIP_LIMIT_REACHED, NOT_FOUND, CONFLICT, FORBIDDEN as their checks say
   */
  async create(viewer: Viewer, sessionId: string, input: PartnerQuoteInput, now = new Date()): Promise<PartnerQuoteResult> {
    const data = input;
    const session = await this.owners.sessions.findWith({ viewer, where: { mechanicId: viewer.id } }, sessionId, {
      id: true,
      status: true,
      escalation: { select: { id: true, mechanicId: true, _count: { select: { offers: true } } } },
    });
    if (!session) throw notFound("Session");
    if (session.status !== "COMPLETED") throw conflict("Only a completed session can be quoted");
    if (session.escalation && session.escalation._count.offers > 0) throw conflict("This session was escalated to workshops");

    const transitions: QuoteTransition[] = [];
    const arrivals: QuoteArrival[] = [];
    let commission!: CommissionPreview;
    try {
      const quote = await this.store.transaction(async (tx) => {
        // The lock: concurrent quotes under this partnership run one after the other from here.
        const partnership = await this.owners.partnerships.lockTerms(tx, viewer.id, data.partnershipId);
        if (!partnership) throw notFound("Partnership");
        // The mechanic's vetting is read share-locked: a rejection either committed before or waits for this quote.
        await this.assertUsable(partnership, now, tx);
        const priced = await this.price(partnership, data, now, tx);
        assertLinesReadTogether(partnership, data.notes, priced, this.detection);
        const used = await this.store.quotedThisMonth(partnership.id, now, tx);
        commission = this.commission(partnership, priced.totalCents, used);
        const limitCents = commission.monthlyLimitCents;
        if (used + priced.totalCents > limitCents) {
          throw new AppError(ErrorCode.PARTNERSHIP_LIMIT_REACHED, "This quote would exceed the partnership's monthly quote limit", {
            limitCents,
            quotedThisMonthCents: used,
            remainingCents: Math.max(0, limitCents - used),
          });
        }
        const partner = await this.owners.accounts.partnerProfile(partnership.partnerId, tx);
        if (!partner) throw notFound("Partner");
        const workshopId = partnership.type === "WORKSHOP" ? partner.workshopId : null;

        let escalationId: string;
        if (session.escalation) {
          // A session quoted before (rejected, declined or expired): the mechanic quotes again on the same escalation.
          if ((await this.store.count(tx, session.escalation.id, LIVE)) > 0) throw conflict("This session already has a live quote");
          if ((await this.escalations.move(tx, viewer, session.escalation.id, "quote", { data: { workshopId } })).length === 0) throw conflict("This session already has a live quote");
          escalationId = session.escalation.id;
        } else {
          escalationId = (await this.escalations.create(tx, viewer, { sessionId: session.id, mechanicId: viewer.id, workshopId, status: "QUOTED", notes: data.notes ?? null })).id;
        }
        const status = commission.requiresPartnerApproval ? "PENDING_PARTNER_APPROVAL" : "PENDING";
        const { row, transition } = await this.machine.create(
          tx,
          viewer,
          {
            status,
            escalationId,
            workshopId,
            partnershipId: partnership.id,
            createdById: viewer.id,
            notes: data.notes ?? null,
            subtotalCents: priced.subtotalCents,
            totalCents: priced.totalCents,
            platformFeeCents: commission.platformFeeCents,
            mechanicFeeCents: commission.mechanicCommissionCents,
            validUntil: new Date(now.getTime() + (data.validDays ?? 14) * 86_400_000),
            // Under the auto-approval threshold the partner's approval is given by its own rule.
            partnerApprovedAt: status === "PENDING" ? now : null,
            lines: priced.lines.map((line, position) => ({ ...line, ...priced.sources[position]! })),
          },
          status === "PENDING" ? "under the partner's auto-approval threshold" : null,
        );
        await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: row.id });
        transitions.push(transition);
        if (status === "PENDING") arrivals.push(await this.notices.write(tx, { sessionId: session.id, escalationId, quote: row }, `${partner.organizationName} (verified partner)`));
        return row;
      });
      this.machine.publish(transitions);
      this.notices.publish(arrivals);
      return { quote: toQuote(quote), commission };
    } catch (error) {
      if (error instanceof CatalogNamesRefused) {
        // Recorded once the quote's transaction rolled back (nothing of the quote was written).
        await this.contentFlags.recordRefusedTexts(viewer, "Mutation.createPartnerQuote", error.texts);
        throw error.refusal;
      }
      throw asClientError(error, { UNIQUE: conflict("This session already has a quote in progress", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /**
   * The partner approves a quote awaiting it; the customer then sees it, valid for its full term from now.
   *
   * @throws PARTNERSHIP_NOT_ACTIVE (`reason`) unless its partnership is usable now (read share-locked in the approval's transaction)
   */
  async approve(viewer: Viewer, quoteId: string, now = new Date()): Promise<RepairQuote> {
    const quote = await this.partnersQuote(viewer, quoteId);
    const validForMs = Math.max(86_400_000, quote.validUntil.getTime() - quote.createdAt.getTime());
    const { approved, row, arrival } = await this.store.transaction(async (tx) => {
      await this.use.assertUsableIn(tx, quote.partnership.id, now);
      const approved = await this.machine.move(tx, viewer, { id: quote.id }, "partnerApprove", {
        data: { partnerApprovedById: viewer.id, partnerApprovedAt: now, validUntil: new Date(now.getTime() + validForMs) },
        reason: "approved by the partner",
      });
      if (approved.length !== 1) throw conflict(AWAITING_YOU);
      const row = (await this.store.find(systemScope("the quote the partner just approved"), quote.id, tx))!;
      const arrival = await this.notices.write(
        tx,
        { sessionId: quote.escalation.sessionId, escalationId: quote.escalationId, quote: row },
        `${quote.partnership.partner.organizationName} (verified partner)`,
      );
      return { approved, row, arrival };
    });
    this.machine.publish(approved);
    this.notices.publish([arrival]);
    return toQuote(row);
  }

  /** The partner rejects with a reason; the customer never sees the quote, the mechanic may quote again. */
  async reject(viewer: Viewer, quoteId: string, why: string): Promise<RepairQuote> {
    const quote = await this.partnersQuote(viewer, quoteId);
    const { rejected, row } = await this.store.transaction(async (tx) => {
      const rejected = await this.machine.move(tx, viewer, { id: quote.id }, "partnerReject", { data: { partnerRejectReason: why }, reason: why });
      if (rejected.length !== 1) throw conflict(AWAITING_YOU);
      await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: quote.id });
      return { rejected, row: (await this.store.find(systemScope("the quote the partner just rejected"), quote.id, tx))! };
    });
    this.machine.publish(rejected);
    return toQuote(row);
  }

  /** Whether a quote came from a verified partner, and the partner's organization name (no contact details). */
  async partnerBadge(quote: RepairQuote): Promise<{ verified: boolean; organizationName: string } | null> {
    if (!quote.partnershipId) return null;
    const row = await this.owners.partnerships.partnerBadgeOf(quote.partnershipId);
    if (!row) return null;
    return { verified: row.verifiedAt !== null && row.partner.verifiedAt !== null, organizationName: row.partner.organizationName };
  }

  // ───────────── internals ─────────────

  /** A quote under one of the viewer's partnerships awaiting its decision: NOT_FOUND outside them, CONFLICT in another status. */
  private async partnersQuote(viewer: Viewer, quoteId: string) {
    const quote = await this.store.findToReview(quotesTo("partnerApprove", viewer), quoteId);
    if (!quote?.partnership) throw notFound("Quote");
    if (quote.status !== "PENDING_PARTNER_APPROVAL") throw conflict(AWAITING_YOU);
    return { ...quote, partnership: quote.partnership };
  }

  /** PARTNERSHIP_NOT_ACTIVE (PartnershipUse), then FORBIDDEN when the partner does not let its mechanic quote. */
  private async assertUsable(partnership: UsableState & { canCreateQuotes: boolean }, now: Date, tx?: Tx): Promise<void> {
    await this.use.assertUsable(partnership, now, tx);
    if (!partnership.canCreateQuotes) throw forbidden("This partnership does not allow you to create quotes", { reason: "QUOTING_NOT_PERMITTED" });
  }

  /** Lines from the partner's price list entries valid today (priceListLines), priced as every quote is. */
  private async price(partnership: QuotingTerms, data: PartnerQuoteInput, now: Date, tx?: Tx) {
    const parts = data.parts ?? [];
    const labor = data.labor ?? [];
    const { parts: catalog, rates } = await this.owners.partnerships.priceListEntries(
      partnership.id,
      parts.map((p) => p.catalogPartId),
      labor.map((l) => l.laborRateId),
      now,
      tx,
    );
    this.assertInStock(parts, catalog);
    try {
      const { items, sources } = priceListLines({ parts, labor }, catalog, rates);
      const priced = priceLineItems(items);
      assertChargeableTotal(priced.totalCents);
      return { ...priced, sources };
    } catch (error) {
      if (error instanceof PriceListError) throw badInputAt(["input", ...error.path], error.message);
      if (error instanceof PricingError) throw badInputAt(inputLineOf(error.path, parts.length), error.message);
      throw error;
    }
  }

  /**
   * CONFLICT OUT_OF_STOCK, as the customer's approval would refuse it, when the lines ask for more
   * of a catalog part (all its lines together) than is in stock now: a quote no one could approve
   * is not written. Nothing is reserved here; the approval reserves.
   */
  private assertInStock(parts: readonly { catalogPartId: string; quantity: number }[], catalog: readonly CatalogPartRow[]): void {
    const wanted = new Map<string, number>();
    for (const line of parts) wanted.set(line.catalogPartId, (wanted.get(line.catalogPartId) ?? 0) + line.quantity);
    for (const part of catalog) {
      const quantity = wanted.get(part.id) ?? 0;
      if (quantity > part.availableQuantity) throw outOfStock({ partNumber: part.partNumber, availableQuantity: part.availableQuantity, quantity });
    }
  }

  private commission(partnership: QuotingTerms, totalCents: number, quotedThisMonthCents: number): CommissionPreview {
    const split = splitRepair({ totalCents, platformFeeBasisPoints: this.settings.platformFeeBasisPoints, mechanicFeeBasisPoints: partnership.commissionBasisPoints });
    const autoApproved = partnership.autoApproveBelowCents !== null && totalCents <= partnership.autoApproveBelowCents;
    return {
      totalCents,
      platformFeeCents: split.platformFeeCents,
      mechanicCommissionCents: split.mechanicFeeCents,
      partnerShareCents: split.payeeShareCents,
      commissionBasisPoints: partnership.commissionBasisPoints,
      requiresPartnerApproval: partnership.quoteApprovalRequired && !autoApproved,
      quotedThisMonthCents,
      monthlyLimitCents: effectiveMonthlyLimit(partnership.maxQuoteAmountCents, this.settings.maxMonthlyQuoteCents),
    };
  }
}

/** What a partner quote shows of a price list entry in a line, as the content policy reads that entry's field. */
const LINE_RULES = {
  PART: { rule: contentRule("CatalogPartInput.name") as BurstRule, field: "name", entity: "CatalogPart" },
  PART_NUMBER: { rule: contentRule("CatalogPartInput.partNumber") as BurstRule, field: "partNumber", entity: "CatalogPart" },
  LABOR: { rule: contentRule("LaborRateInput.serviceCategory") as BurstRule, field: "serviceCategory", entity: "LaborRate" },
} as const;

/** A partner quote refused for what its lines show read together: the client's refusal, and the catalog entries to record for admins. */
class CatalogNamesRefused extends Error {
  constructor(
    readonly refusal: ContactDetailsRefusal,
    readonly texts: RefusedText[],
  ) {
    super("a partner quote's catalog entries read together hold contact details");
  }
}

/**
 * Refuses a partner quote whose texts, read together in the order the customer reads them (its
 * notes as the mechanic wrote them, then each line as it shows: a part's catalog name and its part
 * number, then "Labor: <category>"), make a contact detail no text holds alone: each catalog entry
 * was judged on its own when the partner wrote it (upsertCatalogPart, importCatalog), so a partner
 * could cut a phone number across two entries ("Brake pads, call Dave area code 737" / "Rotors 555
 * 0142"; a part numbered "BK-303", then one numbered "PPS-555-0177") and a quote picking both would
 * show it. Read as the edge reads a workshop's quote (readWriteTogether, each text under its field's
 * NAME rule, a part number's groups read with its neighbours'): the first line holding a part is
 * refused at `input.parts[i]` (`input.labor[j]`), and every entry holding one is recorded (its
 * first field holding one).
 *
 * Who offends: the names are the partner's, written and accepted one by one before this quote;
 * the mechanic only picked the parts, so the quote is refused without penalising the mechanic,
 * and the partner's entries are flagged for an admin to review (ContentFlagService.recordRefusedTexts:
 * on each "CatalogPart", authored by the partner, the mechanic's quote named in the audit), not
 * penalised automatically: a detail made of two people's texts is for an admin to judge. A full
 * name across the notes and a name is let through as across any name fields: parts are named by
 * makers that are surnames ("Fitted by Carlos" / "Bosch brake pads").
 */
function assertLinesReadTogether(
  partnership: { partnerId: string },
  notes: string | null | undefined,
  priced: { lines: readonly { description: string }[]; sources: readonly { catalogPartId: string | null; laborRateId: string | null; partNumber: string | null }[] },
  detection: DetectionOptions,
): void {
  const texts: (WrittenText & { entity?: { type: string; id: string }; field?: string })[] = [];
  if (notes) texts.push({ path: ["input", "notes"], rule: contentRule("PartnerQuoteInput.notes") as BurstRule, text: writtenText("input.notes", notes) });
  let parts = 0;
  priced.lines.forEach((line, i) => {
    const source = priced.sources[i]!;
    const kind = source.catalogPartId ? LINE_RULES.PART : LINE_RULES.LABOR;
    const path = source.catalogPartId ? ["input", "parts", parts++] : ["input", "labor", i - parts];
    const entity = { type: kind.entity, id: (source.catalogPartId ?? source.laborRateId)! };
    texts.push({ path, rule: kind.rule, text: line.description, entity, field: kind.field });
    if (source.partNumber) texts.push({ path, rule: LINE_RULES.PART_NUMBER.rule, text: source.partNumber, entity, field: LINE_RULES.PART_NUMBER.field });
  });
  if (texts.length < 2) return;
  const { readings, refusal } = readWriteTogether(
    texts,
    detection,
    "the partner's catalog entry this line shows (its name or part number), read with the quote's notes and other lines, holds contact details",
  );
  if (!refusal) return;
  const recorded = new Map<string, RefusedText>();
  texts.forEach((text, i) => {
    const reading = readings[i];
    if (!reading?.refused || !text.entity || recorded.has(text.entity.id)) return;
    recorded.set(text.entity.id, { entity: text.entity, author: { id: partnership.partnerId, role: "PARTNER" }, field: text.field!, original: text.text, kinds: reading.kinds });
  });
  throw new CatalogNamesRefused(refusal, [...recorded.values()]);
}

/**
 * Where a pricing problem of a partner quote's line sits in the mechanic's input: pricing numbers
 * the lines `items`, parts first then labor (priceListLines), so `["items", i, "quantity"]` is
 * `input.parts[i].quantity` or `input.labor[j].minutes`; the other fields of a line come from the
 * price list, so they name the line. A problem of the whole quote names `input`.
 */
function inputLineOf(path: readonly (string | number)[], partCount: number): (string | number)[] {
  const [, index, field] = path;
  if (typeof index !== "number") return ["input"];
  const line = index < partCount ? ["input", "parts", index] : ["input", "labor", index - partCount];
  if (field !== "quantity") return line;
  return [...line, index < partCount ? "quantity" : "minutes"];
}
