import { hasRole, withinScope } from "../../authz/rules.ts";
import { NOTHING } from "../../authz/scopes.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";
import { bookingMachine } from "./booking.machine.ts";

/**
 * Who may do what with drop-off slots and bookings (issue 18).
 *
 * - Publish slots and set the drop-off address: a workshop's advisors, for their own workshop.
 * - See a quote's free slots (`dropOffSlots`): whoever reads the quote (QuoteService.get) among
 *   the customer, the workshop's advisors and admins; mechanics and partners have no business with it.
 * - Book, reschedule, cancel: the quote's customer only (bookingMachine).
 * - Read a booking: its customer, its workshop's advisors, admins. The workshop's street address
 *   is on the booking only, while it is BOOKED: a customer learns it by booking a paid repair, a
 *   mechanic never.
 */

type ViewerScope<W> = Extract<StoreScope<W>, { where: W }>;

/** The bookings a viewer may read: the customer's own, the workshop's, every one for admins. */
export function bookingScope(viewer: Viewer): Prisma.DropOffBookingWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "CUSTOMER":
      return { customerId: viewer.id };
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? { workshopId: viewer.workshopId } : NOTHING;
    default:
      return NOTHING;
  }
}

/** The bookings a viewer reads, as a store scope. */
export const bookingsOf = (viewer: Viewer): ViewerScope<Prisma.DropOffBookingWhereInput> => ({ viewer, where: bookingScope(viewer) });

/** Actor scope of every booking move: the customer's own bookings. */
export const bookingsToMove = (viewer: Viewer): Prisma.DropOffBookingWhereInput => ({ customerId: viewer.id });

const isAdvisor = hasRole("WORKSHOP_ADVISOR");
const bookingReaders = hasRole("CUSTOMER", "WORKSHOP_ADVISOR", "ADMIN");

/** The bookings module's entries of the rule map (authz/permissions.ts spreads them). */
export const bookingRules = {
  Query: { dropOffSlots: bookingReaders, dropOffBooking: bookingReaders },
  Mutation: {
    publishDropOffSlot: isAdvisor,
    setDropOffAddress: isAdvisor,
    bookDropOff: hasRole(...rolesOf(bookingMachine, "book"), ...rolesOf(bookingMachine, "reschedule")),
    cancelDropOff: hasRole(...rolesOf(bookingMachine, "cancel")),
  },
  DropOffSlot: withinScope,
  DropOffBooking: withinScope,
};
