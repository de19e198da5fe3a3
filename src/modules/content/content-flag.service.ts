import { z } from "zod";
import { currentContentFindings, type ContentPenalty } from "../../authz/content-enforce.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { ContactKind, Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { isPenalisable } from "../chat/contact-detector.ts";
import type { EnforcementService } from "../enforcement/enforcement.service.ts";
import { afterTimestamp, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import type { ContentFlag } from "./content-flag.types.ts";

/** Roles whose flags walk the penalty ladder: the professionals the business promise binds. */
export const PENALISED_ROLES: ReadonlySet<Role> = new Set(["MECHANIC", "WORKSHOP_ADVISOR", "PARTNER"]);

/** The record a FREE_TEXT value was written to. */
export interface FlaggedEntity {
  type: string;
  id: string;
}

export const contentFlagSelect = {
  id: true,
  entityType: true,
  entityId: true,
  field: true,
  authorId: true,
  authorRole: true,
  masked: true,
  kinds: true,
  createdAt: true,
} as const;

const listSchema = z.object({
  entityType: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{1,64}$/, "must be an entity type such as DiagnosticSession")
    .nullish(),
  entityId: z.string().uuid("must be an id").nullish(),
  authorId: z.string().uuid("must be a user id").nullish(),
});

/**
 * Flags of contact details found in FREE_TEXT fields (authz/content-policy.ts). The edge masks the
 * text before the service runs; the service stores the masked text and calls `record` in the same
 * transaction, which keeps the original for admins, and for a professional author records a
 * violation and walks the penalty ladder (EnforcementService.penalise).
 */
export class ContentFlagService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly enforcement: EnforcementService,
  ) {}

  /**
   * Records the current operation's findings (if any) against the record that stores the masked
   * text, inside the caller's transaction: a flag is never written without its record, nor the
   * record without its flag. One write is one offence, however many of its fields held contact
   * details: a professional gets one violation, about its first penalisable field (else its first
   * field, for review), with the kinds of all of them; a customer's or admin's flags cost nothing.
   * Penalties are announced by the edge once the resolver succeeded.
   */
  async record(tx: Prisma.TransactionClient, author: Viewer, entity: FlaggedEntity): Promise<void> {
    const scope = currentContentFindings();
    if (!scope || scope.findings.length === 0) return;
    const flags: { id: string; field: string; kinds: ContactKind[] }[] = [];
    for (const finding of scope.findings) {
      const flag = await tx.contentFlag.create({
        data: {
          entityType: entity.type,
          entityId: entity.id,
          field: finding.path,
          authorId: author.id,
          authorRole: author.role,
          original: finding.original,
          masked: finding.masked,
          kinds: finding.kinds,
        },
        select: { id: true },
      });
      flags.push({ id: flag.id, field: finding.path, kinds: finding.kinds });
    }
    await tx.auditLog.createMany({
      data: flags.map((flag) => ({
        actorId: author.id,
        actorRole: author.role,
        action: "content.flagged",
        entityType: entity.type,
        entityId: entity.id,
        subjectUserId: author.id,
        fields: [flag.field],
        data: { contentFlagId: flag.id, kinds: flag.kinds },
      })),
    });
    const penalties: ContentPenalty[] = [];
    if (PENALISED_ROLES.has(author.role)) {
      const offence = flags.find((flag) => isPenalisable(flag.kinds)) ?? flags[0]!;
      const kinds = [...new Set(flags.flatMap((flag) => flag.kinds))].sort();
      const applied = await this.enforcement.penalise(tx, { offenderId: author.id, kinds, contentFlagId: offence.id, entityType: entity.type, entityId: entity.id, field: offence.field });
      if (applied) penalties.push({ userId: author.id, status: applied.status });
    }
    // Replaced, not appended: a retried transaction records again, and only its outcome counts.
    scope.recorded = true;
    scope.penalties = penalties;
  }

  /** Admins: flags, newest first, optionally of one record or one author. The original is read through the audited field. */
  async list(filter: { entityType?: string | null; entityId?: string | null; authorId?: string | null }, page: PageRequest): Promise<Page<ContentFlag>> {
    const data = validateInput(listSchema, filter);
    const where: Prisma.ContentFlagWhereInput = {
      ...(data.entityType ? { entityType: data.entityType } : {}),
      ...(data.entityId ? { entityId: data.entityId } : {}),
      ...(data.authorId ? { authorId: data.authorId } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.contentFlag.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: contentFlagSelect,
      }),
      this.prisma.contentFlag.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /** The original text of a flag: admins only, the caller writes the read to the audit log first. */
  async original(id: string): Promise<string> {
    const row = await this.prisma.contentFlag.findUniqueOrThrow({ where: { id }, select: { original: true } });
    return row.original;
  }
}
