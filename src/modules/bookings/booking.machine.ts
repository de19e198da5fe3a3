// The drop-off booking lifecycle: the transition table and the one code that writes DropOffBooking.status.
import { defineMachine, mayMake, refusalOf, whoOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, forbidden, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";

/**
 * A drop-off booking (issue 18): made BOOKED by the customer of a paid repair quote, holding one of
 * the workshop's slots. Before the slot starts, the customer moves it to another slot
 * (`reschedule`) or cancels it (the slot is free again); a cancelled booking is booked again on a
 * new slot (`book`). Only the quote's customer moves it (booking.policy.ts `bookingsToMove`),
 * and the system cancels it when the repair is no longer paid for (its payment refunded in full,
 * its authorization cancelled or lapsed, a dispute lost: the address is shown only while booked);
 * the workshop publishes slots and reads its bookings.
 *
 *   (create) --> BOOKED --reschedule--> BOOKED
 *                BOOKED --cancel--> CANCELLED --book--> BOOKED
 */
export const bookingMachine = defineMachine<BookingMove, "BOOKED" | "CANCELLED">("drop-off booking", {
  book: { from: ["CANCELLED"], to: "BOOKED", who: ["CUSTOMER"], verb: "booked" },
  reschedule: { from: ["BOOKED"], to: "BOOKED", who: ["CUSTOMER"], verb: "rescheduled" },
  cancel: { from: ["BOOKED"], to: "CANCELLED", who: ["CUSTOMER", "SYSTEM"], verb: "cancelled" },
});
export type BookingMove = "book" | "reschedule" | "cancel";

/** Refuses with FORBIDDEN an actor (a viewer's role, or SYSTEM) the table does not let make `move` (before any row is read). */
export function assertMayMake(actor: BookingActor, move: BookingMove): void {
  if (!mayMake(bookingMachine, move, whoOf(actor))) throw forbidden();
}

/** A new booking: BOOKED on `slotId`, for the quote's customer and workshop. */
export interface NewBooking {
  quoteId: string;
  customerId: string;
  workshopId: string;
  slotId: string;
}

/** Who moves a booking: its customer, or `"SYSTEM"` for a side effect of another aggregate's move (a payment that ends unpaid). */
export type BookingActor = Viewer | "SYSTEM";

/** One move as the service asks for it. */
export interface BookingMoveRequest {
  /** Whose booking it is for the viewer: booking.policy.ts `bookingsToMove(viewer)`; `{}` for a SYSTEM move. */
  actor: Prisma.DropOffBookingWhereInput;
  /** The slot the booking holds after the move (null: none, when cancelled). */
  slotId: string | null;
  /** A condition besides the status (the current slot has not started), and its CONFLICT message. */
  guard?: { where: Prisma.DropOffBookingWhereInput; refusal: string };
  /** For a SYSTEM move: the viewer whose action caused it (the audit's actor; none for Stripe's events) and why, into the audit row's data. */
  cause?: { actor: Viewer | null; data: Record<string, string | number> };
}

/**
 * The only writer of DropOffBooking.status, creation included. Every move is one conditional
 * UPDATE on (id, the actor's scope, a status the move leaves, the guard), with its audit row in the
 * same transaction (the caller's), so of concurrent moves exactly one wins.
 *
 * @throws Prisma P2002 (from create and moves) when another booking holds the slot: the caller maps it
 */
export class BookingMachine {
  constructor(private readonly audit: AuditService) {}

  /** Creates the quote's booking, BOOKED; audited as `booking.booked`. Returns its id. */
  async create(tx: Tx, viewer: Viewer, booking: NewBooking): Promise<string> {
    assertMayMake(viewer, "book");
    const { id } = await tx.dropOffBooking.create({ data: { ...booking, status: "BOOKED" }, select: { id: true } });
    await this.audit.write(
      [
        {
          actor: viewer,
          action: "booking.booked",
          entityType: "DropOffBooking",
          entityId: id,
          subjectUserId: booking.customerId,
          fields: ["status", "slotId"],
          data: { quoteId: booking.quoteId, slotId: booking.slotId, to: "BOOKED" },
        },
      ],
      tx,
    );
    return id;
  }

  /**
   * @throws AppError FORBIDDEN for an actor the move's `who` lacks; NOT_FOUND when the booking is not
   *   the actor's; CONFLICT when its status is not one the move leaves (`refusalOf`) or the guard refused
   */
  async move(tx: Tx, actor: BookingActor, id: string, move: BookingMove, request: BookingMoveRequest): Promise<void> {
    assertMayMake(actor, move);
    const { from, to } = bookingMachine.moves[move];
    const [moved] = await tx.dropOffBooking.updateManyAndReturn({
      where: { AND: [{ id }, request.actor, { status: { in: [...from] } }, request.guard?.where ?? {}] },
      data: { status: to, slotId: request.slotId },
      select: { customerId: true },
    });
    if (!moved) {
      const current = await tx.dropOffBooking.findFirst({ where: { AND: [{ id }, request.actor] }, select: { status: true } });
      if (!current) throw notFound("Drop-off booking");
      if (request.guard && from.includes(current.status)) throw conflict(request.guard.refusal);
      throw statusConflict(refusalOf(bookingMachine, move, current.status), current.status);
    }
    await this.audit.write(
      [
        {
          actor: actor === "SYSTEM" ? (request.cause?.actor ?? null) : actor,
          action: `booking.${bookingMachine.moves[move].verb}`,
          entityType: "DropOffBooking",
          entityId: id,
          subjectUserId: moved.customerId,
          fields: ["status", "slotId"],
          data: { ...request.cause?.data, slotId: request.slotId, to },
        },
      ],
      tx,
    );
  }
}

/**
 * Demo data only (src/seed): a demo booking made by `BookingMachine.create` as its customer (its
 * audit row is the machine's; date it with a machine over `AuditService.asOf`), with its fixed id
 * and backdated `createdAt`, which `updatedAt` takes too. Not for product code.
 */
export async function restoreDemoBooking(tx: Tx, machine: BookingMachine, booking: NewBooking & { id: string; createdAt: Date }): Promise<void> {
  // The id and dates ride along with the columns the machine spreads into the new row.
  const row = { ...booking, updatedAt: booking.createdAt };
  await machine.create(tx, { id: booking.customerId, role: "CUSTOMER", workshopId: null }, row);
}
