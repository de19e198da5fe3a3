import { complaintsSuspendPartnership, resolutionMove } from "../../domain/enforcement/resolution.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { asClientError } from "../../platform/db/constraint-errors.ts";
import type { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { conflict, ErrorReason } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { PartnershipMachine } from "../partnerships/partnership.machine.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import type { ResolutionArgs } from "../shared/resolution-outcome.ts";
import type { FileComplaintArgs } from "./complaint.inputs.ts";
import type { ComplaintMachine } from "./complaint.machine.ts";
import type { Complaint } from "./complaint.type.ts";
import type { QuoteService } from "./quote.service.ts";
import type { QuoteStore } from "./quote.store.ts";

/** Complaints: the quality signal partners and admins watch (the seed's "complaints affect partnership"). */
export class ComplaintService {
  constructor(
    private readonly store: QuoteStore,
    private readonly quotes: QuoteService,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
    private readonly machine: ComplaintMachine,
    private readonly partnerships: PartnershipMachine,
    private readonly settings: { complaintsToSuspend: number },
  ) {}

  /**
   * The quote's customer complains about it (`data` parsed by the resolver), one open complaint per
   * customer and quote, so one customer cannot stack complaints toward a partnership's suspension.
   *
   * @throws NOT_FOUND for a quote they cannot see; CONFLICT (reason ALREADY_EXISTS) while their complaint about it is open
   */
  async file(viewer: Viewer, data: FileComplaintArgs): Promise<Complaint> {
    const quote = await this.quotes.get(viewer, data.quoteId);
    try {
      return await this.store.transaction(async (tx) => {
        const complaint = await this.store.createComplaint(tx, { customerId: viewer.id, quoteId: quote.id, partnershipId: quote.partnershipId, body: data.body });
        await this.contentFlags.record(tx, viewer, { type: "Complaint", id: complaint.id });
        await this.audit.write([{ actor: viewer, action: "complaint.filed", entityType: "Complaint", entityId: complaint.id, data: { quoteId: quote.id } }], tx);
        return complaint;
      });
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("You already complained about this quote; an admin is looking into it", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /** Admins: every complaint, newest first, optionally in one status. */
  list(page: PageRequest, status: ComplaintStatus | null): Promise<Page<Complaint>> {
    return this.store.pageComplaints(page, status ? { status } : {});
  }

  /**
   * An admin resolves an open complaint (ComplaintMachine). Upholding one against a partnered
   * quote counts toward suspending its partnership: when the partnership's upheld complaints come
   * from `complaintsToSuspend` (PARTNERSHIP_COMPLAINTS_TO_SUSPEND) distinct customers, the system
   * suspends it in the same transaction, audited (seed 000 "Customer complaints affect
   * partnership": customers' complaints, so one customer counts once whatever they filed). Only an
   * admin resumes a partnership the system suspended. `args` are parsed by the resolver (ResolutionArgs).
   *
   * @throws NOT_FOUND for an unknown complaint; CONFLICT when already resolved
   */
  async resolve(admin: Viewer, { id, outcome, note }: ResolutionArgs): Promise<Complaint> {
    return this.store.transaction(async (tx) => {
      const { complaint, customerId } = await this.machine.resolve(tx, admin, id, resolutionMove(outcome), note ?? null, new Date());
      const { partnershipId } = complaint;
      if (outcome === "UPHELD" && partnershipId) {
        const threshold = this.settings.complaintsToSuspend;
        await this.partnerships.suspendBySystem(tx, partnershipId, `upheld complaints from ${threshold} customers`, async () => {
          const upheld = await this.store.upheldComplaintsByCustomer(tx, partnershipId);
          return complaintsSuspendPartnership(upheld, customerId, threshold) ? { complaintId: complaint.id, complainingCustomers: upheld.size } : null;
        });
      }
      return complaint;
    });
  }
}
