import "reflect-metadata";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { z } from "zod";
import { Prisma } from "../../platform/db/generated/client.ts";
import { keysetSql, type PagedListSql } from "../../platform/db/sql.ts";
import { badInputAt } from "../../platform/errors.ts";
import { idProblem, textProblem } from "../../platform/server/input-guard.ts";
import { MAX_PAGE_SIZE } from "../../platform/server/page-size.ts";
import { Check, parseInput } from "./validation.ts";

export { MAX_PAGE_SIZE };

/** A list field's paging arguments. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  @Check(z.number().int().min(1).max(MAX_PAGE_SIZE).nullish())
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page, with the same filter and order." })
  @Check(z.string().max(1000).nullish())
  after?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A position in a keyset-ordered list: the sort key's value and the id that breaks ties. */
export interface Cursor {
  value: string;
  id: string;
}

/** A cursor as `endCursor` carries it: base64url of the JSON `[value, id]`. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

const invalidCursor = () => badInputAt(["after"], "invalid cursor");

/**
 * Reads an `after` argument back into the position `encodeCursor` wrote. The client holds it, so
 * it is input like any other: the id must be an id as ID arguments are checked (idProblem: a uuid,
 * which the database's uuid cast takes), and the value text PostgreSQL can hold (textProblem). A
 * timestamp list reads the value further with cursorTimestamp.
 *
 * @throws AppError BAD_USER_INPUT "after: invalid cursor" (field `after`) for anything else.
 */
export function decodeCursor(encoded: string): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [value, id] = decoded as unknown[];
  if (typeof value !== "string" || typeof id !== "string" || idProblem(id) || textProblem(value)) throw invalidCursor();
  return { value, id };
}

export interface PageRequest {
  take: number;
  after: Cursor | null;
}

export function toPageRequest(args: PageArgs): PageRequest {
  const { first, after } = parseInput(PageArgs, args);
  return { take: first ?? 20, after: after ? decodeCursor(after) : null };
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a page from `take + 1` rows read in keyset order, so `hasNextPage` needs no extra query. */
export function toPage<T extends { id: string }>(rows: T[], request: PageRequest, totalCount: number, sortValue: (row: T) => string | Date): Page<T> {
  const nodes = rows.slice(0, request.take);
  const last = nodes.at(-1);
  const value = last ? sortValue(last) : null;
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.take,
      endCursor: last && value !== null ? encodeCursor({ value: value instanceof Date ? value.toISOString() : value, id: last.id }) : null,
    },
  };
}

export type Direction = "asc" | "desc";
type Comparison = "lt" | "gt" | "equals";

/**
 * The `where` that continues after a cursor in (key, id) order, both in `direction`. `match`
 * turns a comparison on the sort key into a filter (the key may sit behind relations); `idField`
 * names the id column for models keyed by another one (a profile's userId).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a where of W's model: W's composed with OR/AND, or {} before the first page
export function keysetAfter<W>(cursor: Cursor | null, direction: Direction, match: (comparison: Comparison, value: string) => W, idField = "id"): W | {} {
  if (!cursor) return {};
  const past = direction === "asc" ? "gt" : "lt";
  return { OR: [match(past, cursor.value), { AND: [match("equals", cursor.value), { [idField]: { [past]: cursor.id } }] }] };
}

/** The `where` that continues after a cursor in (timestamp column, id) order. */
export function afterTimestamp(field: string, cursor: Cursor | null, direction: Direction): Record<string, unknown> {
  return keysetAfter(cursor, direction, (comparison, value) => ({ [field]: { [comparison]: cursorTimestamp(value) } }));
}

/**
 * The ISO 8601 form `toPage` writes (`toISOString()`) for a time PostgreSQL stores as it reads it
 * back: a four-digit year from 0001 (PostgreSQL has no year 0; `toISOString` writes the years
 * outside 0000-9999 with a sign and six digits, "+275760-09-13T00:00:00.000Z", which it refuses).
 */
const STORED_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The time a timestamp cursor holds: exactly the ISO 8601 form `toPage` writes (`toISOString()`),
 * with a year from 0001 to 9999 (STORED_TIMESTAMP). A cursor of another list (a name where a time
 * belongs) is refused like any other foreign cursor; `new Date` alone reads "Partner 12" as
 * December 2001 and "Partner 00015483" as the year 15483, and reads back "+100000-01-01T00:00:00.000Z"
 * or "-004713-..." exactly, all past what PostgreSQL takes (an internal error, not the client's).
 *
 * @throws AppError BAD_USER_INPUT (field `after`) for anything else.
 */
export function cursorTimestamp(value: string): Date {
  const timestamp = new Date(value);
  if (!STORED_TIMESTAMP.test(value) || Number.isNaN(timestamp.getTime()) || timestamp.toISOString() !== value) throw invalidCursor();
  return timestamp;
}

/**
 * The keyset half of a PagedListSql for a list in (timestamp `sortKey`, `id`) order: the rows after
 * `page.after` (its time read by cursorTimestamp), one more than the page (see toPage). The SQL
 * twin of timestampPage, shared by every list statement sorted by a time.
 *
 * @throws AppError BAD_USER_INPUT (field `after`) for a cursor that holds no time.
 */
export function timestampKeysetSql(page: PageRequest, sortKey: Prisma.Sql, id: Prisma.Sql, direction: Direction): Pick<PagedListSql, "sortKey" | "id" | "direction" | "after" | "limit"> {
  const cursor = page.after && { value: Prisma.sql`${cursorTimestamp(page.after.value)}::timestamp`, id: page.after.id };
  return { sortKey, id, direction, after: keysetSql(cursor, direction, sortKey, id), limit: page.take + 1 };
}

/**
 * `findMany` arguments for one page of the rows matching `where` in (timestamp column, id) order:
 * those after the cursor, one more than the page (see toPage). Count with the same `where`.
 */
export function timestampPage<W, F extends string>(where: W, page: PageRequest, field: F, direction: Direction) {
  return {
    where: { AND: [where, afterTimestamp(field, page.after, direction)] },
    orderBy: [{ [field]: direction } as Record<F, Direction>, { id: direction }],
    take: page.take + 1,
  };
}

/** Declares `<Name>Connection { nodes, pageInfo, totalCount }` for a node type. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows the caller may see with this filter, across all pages." })
    totalCount!: number;
  }
  return Connection;
}
