import { Prisma } from "../../platform/db/generated/client.ts";
import { allOf, anyOf } from "../../platform/db/sql.ts";
import { stringFilterSql, toPrismaString } from "../shared/filters.ts";
import type { CustomerWhereData } from "./customer.inputs.ts";

/** The profile column each customer filter field compares; `email` is on the account. */
const PROFILE_COLUMNS = { firstName: "firstName", lastName: "lastName", city: "city", phone: "phone", address: "addressLine1" } as const;
const profileFields = Object.keys(PROFILE_COLUMNS) as (keyof typeof PROFILE_COLUMNS)[];

/** A validated customer filter as a condition on the customer's account (email) and profile (the rest). */
export function customerWhereToPrisma(where: CustomerWhereData): Prisma.UserWhereInput {
  const profile: Prisma.CustomerProfileWhereInput = Object.fromEntries(profileFields.flatMap((field) => (where[field] ? [[PROFILE_COLUMNS[field], toPrismaString(where[field])]] : [])));
  return {
    role: "CUSTOMER",
    ...(Object.keys(profile).length ? { customer: { is: profile } } : {}),
    ...(where.email ? { email: toPrismaString(where.email) } : {}),
    ...(where.AND ? { AND: where.AND.map(customerWhereToPrisma) } : {}),
    ...(where.OR ? { OR: where.OR.map(customerWhereToPrisma) } : {}),
    ...(where.NOT ? { NOT: customerWhereToPrisma(where.NOT) } : {}),
  };
}

/**
 * The same condition as customerWhereToPrisma, as SQL on the account whose id is `userId` (a
 * column of the outer statement): it is a customer's, and its profile and email match.
 */
export function customerWhereSql(where: CustomerWhereData, userId: Prisma.Sql): Prisma.Sql {
  const profile = profileFields.flatMap((field) => (where[field] ? [stringFilterSql(Prisma.raw(`profile."${PROFILE_COLUMNS[field]}"`), where[field])] : []));
  return allOf([
    Prisma.sql`EXISTS (SELECT 1 FROM "User" account WHERE account.id = ${userId} AND account.role = 'CUSTOMER' AND ${where.email ? stringFilterSql(Prisma.sql`account.email`, where.email) : Prisma.sql`TRUE`})`,
    profile.length > 0 && Prisma.sql`EXISTS (SELECT 1 FROM "CustomerProfile" profile WHERE profile."userId" = ${userId} AND ${allOf(profile)})`,
    ...(where.AND ?? []).map((condition) => customerWhereSql(condition, userId)),
    where.OR && anyOf(where.OR.map((condition) => customerWhereSql(condition, userId))),
    where.NOT && Prisma.sql`NOT ${customerWhereSql(where.NOT, userId)}`,
  ]);
}
