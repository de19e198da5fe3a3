import type { Prisma } from "../../db/generated/client.ts";
import { toPrismaString } from "../shared/filters.ts";
import type { CustomerWhereData } from "./customer.inputs.ts";

/** A validated customer filter as a condition on the customer's account (email) and profile (the rest). */
export function customerWhereToPrisma(where: CustomerWhereData): Prisma.UserWhereInput {
  const profile: Prisma.CustomerProfileWhereInput = {
    ...(where.firstName ? { firstName: toPrismaString(where.firstName) } : {}),
    ...(where.lastName ? { lastName: toPrismaString(where.lastName) } : {}),
    ...(where.city ? { city: toPrismaString(where.city) } : {}),
    ...(where.phone ? { phone: toPrismaString(where.phone) } : {}),
    ...(where.address ? { addressLine1: toPrismaString(where.address) } : {}),
  };
  return {
    role: "CUSTOMER",
    ...(Object.keys(profile).length ? { customer: { is: profile } } : {}),
    ...(where.email ? { email: toPrismaString(where.email) } : {}),
    ...(where.AND ? { AND: where.AND.map(customerWhereToPrisma) } : {}),
    ...(where.OR ? { OR: where.OR.map(customerWhereToPrisma) } : {}),
    ...(where.NOT ? { NOT: customerWhereToPrisma(where.NOT) } : {}),
  };
}
