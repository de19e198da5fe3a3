import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DropOffStatus } from "../../platform/db/generated/enums.ts";

registerEnumType(DropOffStatus, { name: "DropOffStatus", description: "BOOKED holds a slot; CANCELLED holds none until booked again." });

@ObjectType({ description: "A drop-off time a workshop published." })
export class DropOffSlot {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Int, { description: "How long the drop-off window lasts, in minutes." })
  durationMinutes!: number;

  @Field(() => Date, { description: "startsAt plus durationMinutes." })
  endsAt!: Date;
}

@ObjectType({ description: "The customer's drop-off for a paid repair quote: its slot and, while booked, where to bring the car." })
export class DropOffBooking {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  quoteId!: string;

  @Field(() => DropOffStatus)
  status!: DropOffStatus;

  @Field(() => DropOffSlot, { nullable: true, description: "The slot held; null while cancelled." })
  slot!: DropOffSlot | null;

  @Field(() => String, {
    nullable: true,
    description: "The workshop's street address, while the booking is BOOKED (null when cancelled or not set yet). The customer learns it only by booking a paid repair.",
  })
  workshopAddress!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}

/** When a slot starting at `startsAt` and lasting `durationMinutes` minutes ends. */
export function slotEnd(slot: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);
}

/** The GraphQL view of a slot row. */
export function toSlot(row: { id: string; startsAt: Date; durationMinutes: number }): DropOffSlot {
  return { id: row.id, startsAt: row.startsAt, durationMinutes: row.durationMinutes, endsAt: slotEnd(row) };
}
