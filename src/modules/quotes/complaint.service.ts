import type { Viewer } from "../../platform/auth/viewer.ts";
import type { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import type { FileComplaintArgs } from "./complaint.inputs.ts";
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
  ) {}

  /** The quote's customer complains about it (`data` parsed by the resolver); a quote they cannot see is NOT_FOUND. */
  async file(viewer: Viewer, data: FileComplaintArgs): Promise<Complaint> {
    const quote = await this.quotes.get(viewer, data.quoteId);
    return this.store.transaction(async (tx) => {
      const complaint = await this.store.createComplaint(tx, { customerId: viewer.id, quoteId: quote.id, partnershipId: quote.partnershipId, body: data.body });
      await this.contentFlags.record(tx, viewer, { type: "Complaint", id: complaint.id });
      await this.audit.write([{ actor: viewer, action: "complaint.filed", entityType: "Complaint", entityId: complaint.id, data: { quoteId: quote.id } }], tx);
      return complaint;
    });
  }

  /** Admins: every complaint, newest first, optionally in one status. */
  list(page: PageRequest, status: ComplaintStatus | null): Promise<Page<Complaint>> {
    return this.store.pageComplaints(page, status ? { status } : {});
  }
}
