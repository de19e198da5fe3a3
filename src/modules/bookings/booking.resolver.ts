import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { parseInput } from "../shared/validation.ts";
import { BookDropOffArgs, DropOffAddressArgs, DropOffBookingArgs, DropOffQuoteArgs, DropOffSlotInput } from "./booking.inputs.ts";
import { DropOffBooking, DropOffSlot } from "./booking.types.ts";

@Resolver()
export class BookingResolver {
  @Mutation(() => DropOffSlot, { description: "An advisor publishes a drop-off time of their workshop (in the future; one slot per start time)." })
  publishDropOffSlot(@Arg("input", () => DropOffSlotInput) input: DropOffSlotInput, @Ctx() ctx: Context): Promise<DropOffSlot> {
    return ctx.services.bookings.publishSlot(requireViewer(ctx), parseInput(DropOffSlotInput, input, "input"));
  }

  @Mutation(() => Boolean, { description: "An advisor sets their workshop's street address, revealed to a customer only on a booked drop-off." })
  setDropOffAddress(@Args(() => DropOffAddressArgs) args: DropOffAddressArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.bookings.setAddress(requireViewer(ctx), parseInput(DropOffAddressArgs, args).streetAddress);
  }

  @Query(() => [DropOffSlot], { description: "The free drop-off slots of a quote's workshop, soonest first (at most 50)." })
  dropOffSlots(@Args(() => DropOffQuoteArgs) args: DropOffQuoteArgs, @Ctx() ctx: Context): Promise<DropOffSlot[]> {
    return ctx.services.bookings.freeSlots(requireViewer(ctx), parseInput(DropOffQuoteArgs, args).quoteId);
  }

  @Query(() => DropOffBooking, { nullable: true, description: "A quote's drop-off booking (its customer, the workshop's advisors, admins); null when none was made." })
  dropOffBooking(@Args(() => DropOffQuoteArgs) args: DropOffQuoteArgs, @Ctx() ctx: Context): Promise<DropOffBooking | null> {
    return ctx.services.bookings.ofQuote(requireViewer(ctx), parseInput(DropOffQuoteArgs, args).quoteId);
  }

  @Mutation(() => DropOffBooking, {
    description:
      "The customer books a drop-off for their paid repair quote on one of `dropOffSlots`, or moves their booking to another slot before it starts. The booking shows the workshop's address.",
  })
  bookDropOff(@Args(() => BookDropOffArgs) args: BookDropOffArgs, @Ctx() ctx: Context): Promise<DropOffBooking> {
    const { quoteId, slotId } = parseInput(BookDropOffArgs, args);
    return ctx.services.bookings.book(requireViewer(ctx), quoteId, slotId);
  }

  @Mutation(() => DropOffBooking, { description: "The customer cancels their drop-off before it starts; the slot is free again. Book again with `bookDropOff`." })
  cancelDropOff(@Args(() => DropOffBookingArgs) args: DropOffBookingArgs, @Ctx() ctx: Context): Promise<DropOffBooking> {
    return ctx.services.bookings.cancel(requireViewer(ctx), parseInput(DropOffBookingArgs, args).bookingId);
  }
}
