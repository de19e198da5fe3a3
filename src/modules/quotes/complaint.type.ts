import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ComplaintStatus } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(ComplaintStatus, { name: "ComplaintStatus" });

@ObjectType({ description: "A customer's complaint about a repair quote; it counts against the quote's partnership." })
export class Complaint {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  quoteId!: string | null;

  @Field(() => String)
  body!: string;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Date)
  createdAt!: Date;
}

export const ComplaintConnection = ConnectionType("Complaint", Complaint);
