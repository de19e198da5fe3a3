import type { Prisma } from "../../platform/db/generated/client.ts";
import type { ContactKind, Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { afterTimestamp, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";

export const contentFlagSelect = {
  id: true,
  entityType: true,
  entityId: true,
  field: true,
  authorId: true,
  authorRole: true,
  masked: true,
  kinds: true,
  writeId: true,
  createdAt: true,
} as const;

/** A flag as listed (without its original). */
export type ContentFlagRow = Prisma.ContentFlagGetPayload<{ select: typeof contentFlagSelect }>;

/** A flag to store: where the text went, who wrote it, the original and what everyone reads instead. */
export interface NewContentFlag {
  entityType: string;
  entityId: string;
  /** The argument path, e.g. "input.lineItems.0.description". */
  field: string;
  authorId: string;
  authorRole: Role;
  original: string;
  masked: string;
  kinds: ContactKind[];
  /** The write it came in: shared by every flag one operation records together. */
  writeId: string;
}

/** Narrows a listing: one record, or one author. */
export interface ContentFlagFilter {
  entityType?: string | null;
  entityId?: string | null;
  authorId?: string | null;
}

/** Every read and write of ContentFlag (issue 17). Writes run in the transaction that stores the masked text. */
export class ContentFlagStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one transaction (a refused value's flag, audit row and penalty commit together). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** Stores one flag; returns its id. */
  async create(tx: Tx, flag: NewContentFlag): Promise<string> {
    const row = await tx.contentFlag.create({ data: flag, select: { id: true } });
    return row.id;
  }

  /**
   * Flags in `scope` matching `filter`, newest first (createdAt, id), strictly after `page.after`,
   * one more than `page.take` (toPage's look-ahead), and the matching total.
   */
  async page(scope: StoreScope<Prisma.ContentFlagWhereInput>, filter: ContentFlagFilter, page: PageRequest): Promise<{ rows: ContentFlagRow[]; totalCount: number }> {
    const where: Prisma.ContentFlagWhereInput = {
      AND: [
        whereOf(scope) ?? {},
        {
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          ...(filter.authorId ? { authorId: filter.authorId } : {}),
        },
      ],
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
    return { rows, totalCount };
  }

  /** The flags in `scope` of the writes `writeIds`, each write's in the order they were recorded: one read for a batch. */
  ofWrites(scope: StoreScope<Prisma.ContentFlagWhereInput>, writeIds: readonly string[]): Promise<ContentFlagRow[]> {
    return this.prisma.contentFlag.findMany({
      where: { AND: [{ writeId: { in: [...writeIds] } }, whereOf(scope) ?? {}] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: contentFlagSelect,
    });
  }

  /**
   * The original text of a flag in `scope`.
   *
   * @throws Prisma P2025 (NotFound) when there is none
   */
  async original(scope: StoreScope<Prisma.ContentFlagWhereInput>, id: string): Promise<string> {
    const row = await this.prisma.contentFlag.findFirstOrThrow({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: { original: true } });
    return row.original;
  }

  /** The flag in `scope` of `field` of the record `entityType` `entityId` (one write flags a field once), with its original; null when there is none. */
  flagOfField(scope: StoreScope<Prisma.ContentFlagWhereInput>, entityType: string, entityId: string, field: string): Promise<{ id: string; authorId: string; original: string } | null> {
    return this.prisma.contentFlag.findFirst({
      where: { AND: [{ entityType, entityId, field }, whereOf(scope) ?? {}] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, authorId: true, original: true },
    });
  }
}
