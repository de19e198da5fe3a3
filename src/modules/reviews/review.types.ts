import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ReviewSubject } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(ReviewSubject, { name: "ReviewSubject", description: "Who a review rates: a session's mechanic or a paid repair's workshop." });

@ObjectType({ description: "A customer's rating of a mechanic (per session) or a workshop (per paid repair). Names no customer." })
export class Review {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewSubject)
  subject!: ReviewSubject;

  @Field(() => Int, { description: "1 to 5 stars." })
  rating!: number;

  @Field(() => String, { nullable: true, description: "The comment, contact details masked (admins read originals through content flags)." })
  comment!: string | null;

  @Field(() => ID, { nullable: true, description: "The rated mechanic (MECHANIC reviews)." })
  mechanicId!: string | null;

  @Field(() => ID, { nullable: true, description: "The rated workshop (WORKSHOP reviews)." })
  workshopId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export const ReviewConnection = ConnectionType("Review", Review);

@ObjectType({ description: "Admins: a mechanic's reputation on escalation quality (seed 003), 0 to 100, with its parts in basis points." })
export class MechanicReputation {
  @Field(() => ID)
  mechanicId!: string;

  @Field(() => Int)
  score!: number;

  @Field(() => Int)
  escalations!: number;

  @Field(() => Int)
  approvedQuotes!: number;

  @Field(() => Int)
  upheldComplaints!: number;

  @Field(() => Int, { description: "Average rating × 100." })
  ratingHundredths!: number;

  @Field(() => Int)
  ratingCount!: number;

  @Field(() => Int)
  conversionBasisPoints!: number;

  @Field(() => Int)
  ratingBasisPoints!: number;

  @Field(() => Int)
  complaintBasisPoints!: number;
}
