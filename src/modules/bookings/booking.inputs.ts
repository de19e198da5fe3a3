import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { Check } from "../shared/validation.ts";

/** The longest drop-off window a workshop publishes, in minutes (a working day). */
export const MAX_SLOT_MINUTES = 12 * 60;

/** How far ahead a drop-off slot may start, in days (a year): later is no time a customer plans a drop-off for. */
export const MAX_SLOT_DAYS_AHEAD = 365;

@InputType({ description: "A drop-off time the advisor's workshop offers." })
export class DropOffSlotInput {
  @Field(() => Date, { description: `When the window starts; in the future, at most ${MAX_SLOT_DAYS_AHEAD} days ahead.` })
  @Check(z.date())
  startsAt!: Date;

  @Field(() => Int, { description: `How long it lasts, 15 to ${MAX_SLOT_MINUTES} minutes.` })
  @Check(z.number().int().min(15, "must be at least 15 minutes").max(MAX_SLOT_MINUTES, `must be at most ${MAX_SLOT_MINUTES} minutes`))
  durationMinutes!: number;
}

/** `setDropOffAddress`'s argument: the workshop's street address, trimmed, 5 to 200 characters. */
@ArgsType()
export class DropOffAddressArgs {
  @Field(() => String)
  @Check(z.string().trim().min(5, "is too short").max(200, "must be at most 200 characters"))
  streetAddress!: string;
}

/** The repair quote of `dropOffSlots` and `dropOffBooking` (extended by `bookDropOff`'s arguments). */
@ArgsType()
export class DropOffQuoteArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a quote id"))
  quoteId!: string;
}

/** `bookDropOff`'s arguments: the paid repair quote and the slot. */
@ArgsType()
export class BookDropOffArgs extends DropOffQuoteArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a slot id"))
  slotId!: string;
}

/** `cancelDropOff`'s booking. */
@ArgsType()
export class DropOffBookingArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a booking id"))
  bookingId!: string;
}
