import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { z } from "zod";
import { badInput } from "../../errors.ts";
import { validateInput } from "./validation.ts";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A position in a list ordered by (timestamp desc, id desc): stable even when timestamps tie. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw badInput("after: invalid cursor", "after");
  return { at: date, id };
}

const pageArgsSchema = z.object({
  first: z.number().int().min(1).max(MAX_PAGE_SIZE).nullish(),
  after: z.string().max(200).nullish(),
});

export interface PageRequest {
  take: number;
  after: Cursor | null;
}

export function toPageRequest(args: PageArgs): PageRequest {
  const { first, after } = validateInput(pageArgsSchema, args);
  return { take: first ?? 20, after: after ? decodeCursor(after) : null };
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a page from `take + 1` rows read in cursor order, so `hasNextPage` needs no extra query. */
export function toPage<T extends { id: string }>(rows: T[], request: PageRequest, totalCount: number, at: (row: T) => Date): Page<T> {
  const nodes = rows.slice(0, request.take);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > request.take, endCursor: last ? encodeCursor({ at: at(last), id: last.id }) : null },
  };
}

/** The Prisma `where` that continues after a cursor in (field desc, id desc) order. */
export function afterCursor(field: string, cursor: Cursor | null): Record<string, unknown> {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.at } }, { [field]: cursor.at, id: { lt: cursor.id } }] };
}

/** The Prisma `where` that continues strictly after a cursor in (field asc, id asc) order. */
export function afterCursorAscending(field: string, cursor: Cursor | null): Record<string, unknown> {
  if (!cursor) return {};
  return { OR: [{ [field]: { gt: cursor.at } }, { [field]: cursor.at, id: { gt: cursor.id } }] };
}

/** Declares `<Name>Connection { nodes, pageInfo, totalCount }` for a node type. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows the caller may see in this list, across all pages." })
    totalCount!: number;
  }
  return Connection;
}
