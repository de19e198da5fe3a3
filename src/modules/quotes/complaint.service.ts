import { z } from "zod";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import type { Complaint } from "./complaint.type.ts";
import type { QuoteService } from "./quote.service.ts";

const complaintSchema = z.object({
  quoteId: z.string().uuid("must be a quote id"),
  body: z.string().trim().min(10, "must be at least 10 characters").max(2000, "must be at most 2000 characters"),
});
const complaintSelect = { id: true, quoteId: true, body: true, status: true, createdAt: true } as const;

/** Complaints: the quality signal partners and admins watch (the seed's "complaints affect partnership"). */
export class ComplaintService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly quotes: QuoteService,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /** The quote's customer complains about it; a quote they cannot see is NOT_FOUND. */
  async file(viewer: Viewer, quoteId: string, body: string): Promise<Complaint> {
    const data = validateInput(complaintSchema, { quoteId, body });
    const quote = await this.quotes.get(viewer, data.quoteId);
    return this.prisma.$transaction(async (tx) => {
      const complaint = await tx.complaint.create({
        data: { customerId: viewer.id, quoteId: quote.id, partnershipId: quote.partnershipId, body: data.body },
        select: complaintSelect,
      });
      await this.contentFlags.record(tx, viewer, { type: "Complaint", id: complaint.id });
      await this.audit.write([{ actor: viewer, action: "complaint.filed", entityType: "Complaint", entityId: complaint.id, data: { quoteId: quote.id } }], tx);
      return complaint;
    });
  }

  /** Admins: every complaint, newest first, optionally in one status. */
  async list(page: PageRequest, status: ComplaintStatus | null): Promise<Page<Complaint>> {
    const where = status ? { status } : {};
    const [rows, totalCount] = await Promise.all([
      this.prisma.complaint.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: complaintSelect }),
      this.prisma.complaint.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }
}
