import { Field, InputType, Int } from "type-graphql";
import { z } from "zod";
import { Check } from "../shared/validation.ts";

/** The longest drop-off window a workshop publishes, in minutes (a working day). */
export const MAX_SLOT_MINUTES = 12 * 60;

@InputType({ description: "A drop-off time the advisor's workshop offers." })
export class DropOffSlotInput {
  @Field(() => Date, { description: "When the window starts; in the future." })
  @Check(z.date())
  startsAt!: Date;

  @Field(() => Int, { description: `How long it lasts, 15 to ${MAX_SLOT_MINUTES} minutes.` })
  @Check(z.number().int().min(15).max(MAX_SLOT_MINUTES))
  durationMinutes!: number;
}

/** `setDropOffAddress(streetAddress)`: the workshop's street address, trimmed, 5 to 200 characters. */
export const streetAddressSchema = z.string().trim().min(5, "is too short").max(200, "must be at most 200 characters");

/** `bookDropOff(quoteId, slotId)`. */
export const bookDropOffArgs = z.object({ quoteId: z.string().uuid("must be a quote id"), slotId: z.string().uuid("must be a slot id") });

/** `cancelDropOff(bookingId)`. */
export const bookingIdSchema = z.string().uuid("must be a booking id");

/** `dropOffSlots(quoteId)`, `dropOffBooking(quoteId)`. */
export const quoteIdSchema = z.string().uuid("must be a quote id");
