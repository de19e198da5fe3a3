import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AccountStatus, MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(MechanicVettingStatus, {
  name: "MechanicVettingStatus",
  description: "PENDING until an admin vets the mechanic; only APPROVED mechanics claim paid sessions.",
});

@ObjectType({ description: "A mechanic's vetting, as admins review it." })
export class MechanicVetting {
  @Field(() => ID, { description: "The mechanic's account id." })
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => AccountStatus)
  accountStatus!: AccountStatus;

  @Field(() => MechanicVettingStatus)
  status!: MechanicVettingStatus;

  @Field(() => String, { nullable: true, description: "The admin's reason for the last decision." })
  reason!: string | null;

  @Field(() => Date, { nullable: true })
  vettedAt!: Date | null;

  @Field(() => Date)
  signedUpAt!: Date;
}

export const MechanicVettingConnection = ConnectionType("MechanicVetting", MechanicVetting);
