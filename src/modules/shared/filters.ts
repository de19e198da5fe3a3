import { Field, InputType } from "type-graphql";
import { z } from "zod";
import { Prisma } from "../../platform/db/generated/client.ts";
import { allOf } from "../../platform/db/sql.ts";
import { Check, inputSchemaOf } from "./validation.ts";

/**
 * How many levels of AND/OR/NOT one filter may nest (`{ NOT: { OR: [...] } }` is 2). "(A or B)
 * and not (C or D)" needs 3; more is no filter a person writes, and each level costs a recursive
 * validation, permission walk and SQL clause.
 */
export const MAX_FILTER_NESTING = 5;
/** The fields that combine filters of the same type. */
export const FILTER_COMBINATORS = ["AND", "OR", "NOT"] as const;

const text = z.string().max(200, "must be at most 200 characters");

@InputType({ description: "Text comparison. Every operator given must hold; matching ignores case." })
export class StringFilter {
  @Field(() => String, { nullable: true })
  @Check(text.nullish())
  equals?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text.nullish())
  contains?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text.nullish())
  startsWith?: string | null;

  @Field(() => [String], { nullable: true })
  @Check(z.array(text).max(50).nullish())
  in?: string[] | null;
}

/** A StringFilter's rules, to nest it in another input's `@Check`. */
export const stringFilterSchema = inputSchemaOf(StringFilter);

/**
 * Prisma's string filter for a validated StringFilter. Its SQL twin is stringFilterSql below:
 * tests/accounts/customer-filter-sql.test.ts checks both select the same rows.
 */
export function toPrismaString(filter: StringFilter) {
  return {
    mode: "insensitive" as const,
    ...(filter.equals != null ? { equals: filter.equals } : {}),
    ...(filter.contains != null ? { contains: filter.contains } : {}),
    ...(filter.startsWith != null ? { startsWith: filter.startsWith } : {}),
    ...(filter.in != null ? { in: filter.in } : {}),
  };
}

/**
 * The same condition as toPrismaString, as SQL on `column`: what Prisma's insensitive mode sends
 * to PostgreSQL (ILIKE, with `%` and `_` in the value acting as wildcards there too).
 */
export function stringFilterSql(column: Prisma.Sql, filter: StringFilter): Prisma.Sql {
  return allOf([
    filter.equals != null && Prisma.sql`${column} ILIKE ${filter.equals}::text`,
    filter.contains != null && Prisma.sql`${column} ILIKE ${`%${filter.contains}%`}::text`,
    filter.startsWith != null && Prisma.sql`${column} ILIKE ${`${filter.startsWith}%`}::text`,
    filter.in != null && (filter.in.length ? Prisma.sql`lower(${column}) IN (${Prisma.join(filter.in.map((value) => Prisma.sql`lower(${value}::text)`))})` : Prisma.sql`FALSE`),
  ]);
}
