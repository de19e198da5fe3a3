import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
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

@ObjectType({ description: "A virtual mechanic's public profile.", simpleResolvers: true })
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
