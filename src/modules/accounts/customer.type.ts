import { Field, ID, ObjectType } from "type-graphql";
import type { CustomerAccess } from "../../authz/customer-access.ts";

@ObjectType({
  description: "A customer as the caller may see them. Contact details never reach mechanics, workshops or partners: " + "a field outside the caller's access is null with a FORBIDDEN error.",
  simpleResolvers: true,
})
export class Customer {
  /** How the caller reaches this customer; decides which fields it may read (see authz/customer-access.ts). */
  access!: CustomerAccess;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, { nullable: true, description: "First letter of the last name." })
  lastInitial?: string;

  @Field(() => String, { nullable: true })
  lastName?: string;

  @Field(() => String, { nullable: true })
  city?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => String, { nullable: true, description: "Street address with postal code." })
  address?: string;
}
