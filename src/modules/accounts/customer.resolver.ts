import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { AUDITED_CUSTOMER_FIELDS, type CustomerField } from "../../authz/customer-access.ts";
import { ConnectionType, PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { CustomerWhere } from "./customer.inputs.ts";
import { Customer } from "./customer.type.ts";

export const CustomerConnection = ConnectionType("Customer", Customer);

/** Returns a contact field after an admin's read of it is on the audit log; the rule map already refused everyone else. */
async function auditedRead(customer: Customer, field: CustomerField & keyof Customer, ctx: Context): Promise<string | null> {
  const value = customer[field] as string | undefined;
  if (value === undefined) return null;
  if (customer.access === "ADMIN" && AUDITED_CUSTOMER_FIELDS.includes(field)) await ctx.reads.customerContact(customer.id, field);
  return value;
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: "Admins: customers, newest first. Reads of contact fields are audited." })
  customers(@Args(() => PageArgs) page: PageArgs, @Arg("where", () => CustomerWhere, { nullable: true }) where: CustomerWhere | null, @Ctx() ctx: Context) {
    return ctx.services.accounts.listCustomers(requireViewer(ctx), toPageRequest(page), where ? parseInput(CustomerWhere, where, "where") : null);
  }

  @Query(() => Customer, { description: "Admins: one customer." })
  customer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Customer> {
    return ctx.services.accounts.customerForAdmin(id);
  }

  @FieldResolver(() => String, { nullable: true })
  lastName(@Root() customer: Customer, @Ctx() ctx: Context) {
    return auditedRead(customer, "lastName", ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() customer: Customer, @Ctx() ctx: Context) {
    return auditedRead(customer, "phone", ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() customer: Customer, @Ctx() ctx: Context) {
    return auditedRead(customer, "email", ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  address(@Root() customer: Customer, @Ctx() ctx: Context) {
    return auditedRead(customer, "address", ctx);
  }
}
