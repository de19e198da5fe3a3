import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { validateInput } from "../shared/validation.ts";
import { bookDropOffArgs, bookingIdSchema, DropOffSlotInput, quoteIdSchema, streetAddressSchema } from "./booking.inputs.ts";
import { DropOffBooking, DropOffSlot } from "./booking.types.ts";

@Resolver()
export class BookingResolver {
  @Mutation(() => DropOffSlot, { description: "An advisor publishes a drop-off time of their workshop (in the future; one slot per start time)." })
  publishDropOffSlot(@Arg("input", () => DropOffSlotInput) input: DropOffSlotInput, @Ctx() ctx: Context): Promise<DropOffSlot> {
    return ctx.services.bookings.publishSlot(requireViewer(ctx), input);
  }

  @Mutation(() => Boolean, { description: "An advisor sets their workshop's street address, revealed to a customer only on a booked drop-off." })
  setDropOffAddress(@Arg("streetAddress", () => String) streetAddress: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.bookings.setAddress(requireViewer(ctx), validateInput(streetAddressSchema, streetAddress));
  }

  @Query(() => [DropOffSlot], { description: "The free drop-off slots of a quote's workshop, soonest first (at most 50)." })
  dropOffSlots(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<DropOffSlot[]> {
    return ctx.services.bookings.freeSlots(requireViewer(ctx), validateInput(quoteIdSchema, quoteId));
  }

  @Query(() => DropOffBooking, { nullable: true, description: "A quote's drop-off booking (its customer, the workshop's advisors, admins); null when none was made." })
  dropOffBooking(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<DropOffBooking | null> {
    return ctx.services.bookings.ofQuote(requireViewer(ctx), validateInput(quoteIdSchema, quoteId));
  }

  @Mutation(() => DropOffBooking, {
    description:
      "The customer books a drop-off for their paid repair quote on one of `dropOffSlots`, or moves their booking to another slot before it starts. The booking shows the workshop's address.",
  })
  bookDropOff(@Arg("quoteId", () => ID) quoteId: string, @Arg("slotId", () => ID) slotId: string, @Ctx() ctx: Context): Promise<DropOffBooking> {
    const args = validateInput(bookDropOffArgs, { quoteId, slotId });
    return ctx.services.bookings.book(requireViewer(ctx), args.quoteId, args.slotId);
  }

  @Mutation(() => DropOffBooking, { description: "The customer cancels their drop-off before it starts; the slot is free again. Book again with `bookDropOff`." })
  cancelDropOff(@Arg("bookingId", () => ID) bookingId: string, @Ctx() ctx: Context): Promise<DropOffBooking> {
    return ctx.services.bookings.cancel(requireViewer(ctx), validateInput(bookingIdSchema, bookingId));
  }
}
