import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(ComplaintStatus, { name: "ComplaintStatus" });

@ObjectType({ description: "A customer's complaint about a repair quote; it counts against the quote's partnership once upheld." })
export class Complaint {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  quoteId!: string | null;

  @Field(() => ID, { nullable: true, description: "The quote's partnership; null for a workshop quote." })
  partnershipId!: string | null;

  @Field(() => String)
  body!: string;

  @Field(() => ComplaintStatus, { description: "OPEN until an admin resolves it: RESOLVED (upheld) or REJECTED (dismissed); `outcome` says the same." })
  status!: ComplaintStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The admin's note on the resolution." })
  resolutionNote!: string | null;
}

export const ComplaintConnection = ConnectionType("Complaint", Complaint);
