import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../shared/pagination.ts";

@ObjectType({ description: "A repair workshop. Its directory entry is public to signed-in users." })
export class Workshop {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  city!: string;

  @Field(() => [String], { description: "Cities served besides its own." })
  serviceArea!: string[];

  @Field(() => [String], { description: "Service categories it repairs." })
  servicesOffered!: string[];

  @Field(() => Number, { description: "Average rating, 0 to 5." })
  rating!: number;
}

export const WorkshopConnection = ConnectionType("Workshop", Workshop);
