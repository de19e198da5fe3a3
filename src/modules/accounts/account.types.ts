import { Field, ID, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { AccountStatus, Role } from "../../platform/db/generated/enums.ts";

registerEnumType(Role, { name: "Role" });
registerEnumType(AccountStatus, { name: "AccountStatus" });

@ObjectType({ description: "An account. Only its owner and admins can read it." })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Date, { nullable: true, description: "End of a suspension; null when not suspended or banned for good." })
  suspendedUntil!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  /** Set on the account that a sign-in or sign-up in this request authenticated: the caller now holds its token. */
  justAuthenticated?: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`, or as `authorization` in graphql-ws `connection_init`." })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

/**
 * An account's standing now, as admins read it (platform/auth/viewer.ts `standingAt`, the one
 * definition): banned, suspended until a date, or in good standing; a suspension whose end has
 * passed reads ACTIVE without any write.
 */
@ObjectType({ description: "Admins: an account's standing now. A suspension whose end has passed reads ACTIVE.", simpleResolvers: true })
export class AccountStanding {
  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Date, { nullable: true, description: "When the suspension ends; null unless suspended (a ban has no end)." })
  suspendedUntil!: Date | null;

  @Field(() => String, { nullable: true, description: "Why, as the account itself is told (the ladder's rung, or the admin's reason); null in good standing." })
  reason!: string | null;
}

/**
 * A professional the platform's terms bind (a mechanic, a workshop's service advisor, a partner
 * organization: the roles the penalty ladder walks, PENALISED_ROLES), as an admin reviewing what
 * they did reads them: who, by id and display name; each type adds its own fields. A value's type
 * is its class (type-graphql's synchronous `instanceof` resolution, which graphql-jit needs): a
 * field returning a Professional returns a Mechanic, WorkshopAdvisor or PartnerOrganization instance.
 */
@InterfaceType("Professional", { description: "A mechanic, a workshop's service advisor or a partner organization, by id and display name." })
export abstract class Professional {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => AccountStanding, { nullable: true, description: "Admins: the account's standing now; FORBIDDEN (null) for anyone else." })
  standing?: AccountStanding | null;
}

@ObjectType({ description: "A virtual mechanic's public profile.", simpleResolvers: true, implements: Professional })
export class Mechanic {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Number, { description: "Average rating, 0 to 5." })
  rating!: number;

  @Field(() => Number)
  ratingCount!: number;
}
