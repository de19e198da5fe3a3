import type { Viewer } from "../../platform/auth/viewer.ts";
import { asClientError } from "../../platform/db/constraint-errors.ts";
import type { QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { AppError, conflict, ErrorCode, ErrorReason, forbidden, notFound, badInputAt } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { systemScope } from "../shared/scope.ts";
import type { WorkshopStore } from "../workshops/workshop.store.ts";
import { MAX_SLOT_DAYS_AHEAD, type DropOffSlotInput } from "./booking.inputs.ts";
import { assertMayMake, type BookingMachine, type BookingMoveRequest } from "./booking.machine.ts";
import { bookingsOf, bookingsToMove } from "./booking.policy.ts";
import type { BookingRow, BookingStore } from "./booking.store.ts";
import { slotEnd, toSlot, type DropOffBooking, type DropOffSlot } from "./booking.types.ts";

/** What bookings read of a quote: in the viewer's quote scope (QuoteService.get: NOT_FOUND outside it). */
export interface BookableQuotes {
  get(viewer: Viewer, quoteId: string): Promise<{ id: string; workshopId: string | null; status: QuoteStatus }>;
}

/** What bookings read of payments: the quote's repair payment while it pays for the repair (PaymentStore, PAYS_FOR_WORK: authorized, settled or refunded in part), or null. */
export interface RepairPayments {
  repairPaymentOf(quoteId: string): Promise<{ id: string } | null>;
}

/** The CONFLICT of a move on a booking whose slot has started. */
const STARTED = "The drop-off has already started";
/** The guard of a move made only before the booking's slot starts, refused with STARTED. */
const notStarted = (now: Date) => ({ where: { slot: { is: { startsAt: { gt: now } } } }, refusal: STARTED });

/** The CONFLICT of a slot starting when another of the workshop's does. */
const sameStart = () => conflict("The workshop already has a drop-off slot starting then", ErrorReason.ALREADY_EXISTS);

/**
 * Drop-off bookings (issue 18): a workshop publishes slots; the customer of a paid repair quote
 * books one, moves to another or cancels before it starts, and while booked reads the workshop's
 * street address, which no one else outside the workshop learns. Every change is audited.
 */
export class BookingService {
  constructor(
    private readonly store: BookingStore,
    private readonly machine: BookingMachine,
    private readonly quotes: BookableQuotes,
    private readonly payments: RepairPayments,
    private readonly workshops: Pick<WorkshopStore, "streetAddressOf" | "setStreetAddress">,
    private readonly audit: AuditService,
  ) {}

  /**
   * An advisor publishes a drop-off slot of their workshop; audited (`booking.slot.published`).
   * Overlapping slots are checked and the slot created under a per-workshop lock, so of concurrent
   * overlapping publications one wins.
   *
   * @throws AppError BAD_USER_INPUT when it does not start in the future, or starts more than MAX_SLOT_DAYS_AHEAD days ahead
   * @throws AppError CONFLICT DROP_OFF_ADDRESS_NOT_SET while the workshop has no drop-off address (a booking would tell the customer nowhere)
   * @throws AppError CONFLICT ALREADY_EXISTS when the workshop has a slot starting then; DROP_OFF_SLOT_OVERLAPS when one overlaps it otherwise
   */
  async publishSlot(viewer: Viewer, input: DropOffSlotInput, now = new Date()): Promise<DropOffSlot> {
    const workshopId = ownWorkshop(viewer);
    if (input.startsAt <= now) throw badInputAt(["input", "startsAt"], "must be in the future");
    if (input.startsAt.getTime() > now.getTime() + MAX_SLOT_DAYS_AHEAD * 86_400_000) throw badInputAt(["input", "startsAt"], `must be at most ${MAX_SLOT_DAYS_AHEAD} days ahead`);
    if ((await this.workshops.streetAddressOf(workshopId)) === null) {
      throw conflict("Set the workshop's drop-off address (setDropOffAddress) before publishing drop-off slots", ErrorReason.DROP_OFF_ADDRESS_NOT_SET);
    }
    try {
      const slot = await this.store.transaction(async (tx) => {
        await this.store.lockSlotsOf(tx, workshopId);
        const overlapping = await this.store.overlappingSlot(tx, workshopId, input.startsAt, slotEnd(input));
        if (overlapping?.startsAt.getTime() === input.startsAt.getTime()) throw sameStart();
        if (overlapping) throw conflict("The workshop already has a drop-off slot overlapping that window", ErrorReason.DROP_OFF_SLOT_OVERLAPS);
        const created = await this.store.createSlot(tx, { workshopId, startsAt: input.startsAt, durationMinutes: input.durationMinutes });
        await this.audit.write(
          [
            {
              actor: viewer,
              action: "booking.slot.published",
              entityType: "DropOffSlot",
              entityId: created.id,
              fields: ["startsAt", "durationMinutes"],
              data: { workshopId, startsAt: input.startsAt.toISOString(), durationMinutes: input.durationMinutes },
            },
          ],
          tx,
        );
        return created;
      });
      return toSlot(slot);
    } catch (error) {
      throw asClientError(error, { UNIQUE: sameStart() });
    }
  }

  /** An advisor sets their workshop's street address, where customers drop their car off; audited (`workshop.address.set`). */
  async setAddress(viewer: Viewer, streetAddress: string): Promise<boolean> {
    const workshopId = ownWorkshop(viewer);
    await this.store.transaction(async (tx) => {
      await this.workshops.setStreetAddress(tx, workshopId, streetAddress);
      await this.audit.write([{ actor: viewer, action: "workshop.address.set", entityType: "Workshop", entityId: workshopId, fields: ["streetAddress"] }], tx);
    });
    return true;
  }

  /**
   * The free slots of a quote's workshop, soonest first (at most MAX_LISTED_SLOTS), for whoever
   * reads the quote among the customer, the workshop's advisors and admins.
   * @throws AppError NOT_FOUND for a quote outside the viewer's scope
   */
  async freeSlots(viewer: Viewer, quoteId: string, now = new Date()): Promise<DropOffSlot[]> {
    const quote = await this.quotes.get(viewer, quoteId);
    if (!quote.workshopId) return [];
    return (await this.store.freeSlots(quote.workshopId, now)).map(toSlot);
  }

  /**
   * The customer books a drop-off for their paid repair quote on a free slot of its workshop: the
   * first time (created BOOKED), after a cancellation (`book`), or moving a booking whose slot has
   * not started (`reschedule`). Audited with each change.
   *
   * @throws AppError NOT_FOUND for a quote not the customer's, or a slot not its workshop's
   * @throws AppError CONFLICT REPAIR_NOT_PAID while no payment pays for the repair (PAYS_FOR_WORK)
   * @throws AppError CONFLICT DROP_OFF_SLOT_TAKEN when another booking holds the slot
   * @throws AppError CONFLICT when the slot (or the booking's current one) has started
   */
  async book(viewer: Viewer, quoteId: string, slotId: string, now = new Date()): Promise<DropOffBooking> {
    assertMayMake(viewer, "book");
    const quote = await this.quotes.get(viewer, quoteId);
    if (quote.status !== "APPROVED" || !quote.workshopId || !(await this.payments.repairPaymentOf(quote.id))) {
      throw conflict("Pay the repair quote before booking its drop-off", ErrorReason.REPAIR_NOT_PAID);
    }
    const workshopId = quote.workshopId;
    const slot = await this.store.slot(slotId);
    if (!slot || slot.workshopId !== workshopId) throw notFound("Drop-off slot");
    if (slot.startsAt <= now) throw conflict("That drop-off slot has already started");
    try {
      const id = await this.store.transaction(async (tx) => {
        const existing = await this.store.bookingOfQuote(bookingsOf(viewer), quoteId, tx);
        if (!existing) return this.machine.create(tx, viewer, { quoteId, customerId: viewer.id, workshopId, slotId });
        const move = existing.status === "CANCELLED" ? "book" : "reschedule";
        const guard = move === "reschedule" ? notStarted(now) : undefined;
        await this.machine.move(tx, viewer, existing.id, move, { actor: bookingsToMove(viewer), slotId, guard });
        return existing.id;
      });
      return this.view(viewer, id);
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("That drop-off slot is already booked", ErrorReason.DROP_OFF_SLOT_TAKEN) });
    }
  }

  /**
   * The customer cancels their booking before its slot starts; the slot is free again. Audited.
   * Not once the repair is completed: completion waits for the slot to start (QuoteService.complete,
   * in its transaction), so a completion never overtakes this check and the cancellation together.
   *
   * @throws AppError NOT_FOUND for a booking not theirs; CONFLICT REPAIR_COMPLETED once its repair is
   *   completed; CONFLICT when cancelled already or started
   */
  async cancel(viewer: Viewer, bookingId: string, now = new Date()): Promise<DropOffBooking> {
    assertMayMake(viewer, "cancel");
    const booking = await this.store.booking(bookingsOf(viewer), bookingId);
    if (!booking) throw notFound("Drop-off booking");
    if ((await this.quotes.get(viewer, booking.quoteId)).status === "COMPLETED") {
      throw conflict("The repair is completed: its drop-off can no longer be cancelled", ErrorReason.REPAIR_COMPLETED);
    }
    await this.store.transaction((tx) => this.machine.move(tx, viewer, bookingId, "cancel", { actor: bookingsToMove(viewer), slotId: null, guard: notStarted(now) }));
    return this.view(viewer, bookingId);
  }

  /**
   * The system cancels the upcoming drop-off of a repair that is no longer paid for, in the
   * transaction `tx` of the payment move that ended it (PaymentMachine, ENDS_UNPAID: refunded in
   * full, its authorization cancelled or lapsed, a dispute lost): its slot is free again and the
   * customer no longer reads the workshop's address, as when a customer cancels. A booking whose
   * slot has started (the car may be at the workshop) or that is cancelled already is left as it
   * is. Audited as `booking.cancelled` with the payment move's cause (its actor, or none for
   * Stripe's events; `data.cause` says what ended the payment).
   */
  async cancelForUnpaidRepair(tx: Tx, quoteId: string, cause: NonNullable<BookingMoveRequest["cause"]>, now = new Date()): Promise<void> {
    const booking = await this.store.bookingOfQuote(systemScope("an unpaid repair's drop-off"), quoteId, tx);
    if (booking?.status !== "BOOKED") return;
    try {
      await this.machine.move(tx, "SYSTEM", booking.id, "cancel", { actor: {}, slotId: null, guard: notStarted(now), cause });
    } catch (error) {
      // Its slot has started, or its customer cancelled it meanwhile: nothing to release.
      if (!(error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT)) throw error;
    }
  }

  /**
   * A quote's booking for its customer, its workshop's advisors and admins; null when none was made.
   * @throws AppError NOT_FOUND for a quote outside the viewer's scope
   */
  async ofQuote(viewer: Viewer, quoteId: string): Promise<DropOffBooking | null> {
    await this.quotes.get(viewer, quoteId);
    const row = await this.store.bookingOfQuote(bookingsOf(viewer), quoteId);
    return row ? this.toBooking(row) : null;
  }

  private async view(viewer: Viewer, id: string): Promise<DropOffBooking> {
    const row = await this.store.booking(bookingsOf(viewer), id);
    if (!row) throw notFound("Drop-off booking");
    return this.toBooking(row);
  }

  /** The booking as its readers see it: the workshop's address only while it holds a slot. */
  private async toBooking(row: BookingRow): Promise<DropOffBooking> {
    const booked = row.status === "BOOKED" && row.slot !== null;
    return {
      id: row.id,
      quoteId: row.quoteId,
      status: row.status,
      slot: row.slot ? toSlot(row.slot) : null,
      workshopAddress: booked ? await this.workshops.streetAddressOf(row.workshopId) : null,
      updatedAt: row.updatedAt,
    };
  }
}

/** The advisor's own workshop. @throws AppError FORBIDDEN for an account attached to none */
function ownWorkshop(viewer: Viewer): string {
  if (viewer.role !== "WORKSHOP_ADVISOR" || !viewer.workshopId) throw forbidden();
  return viewer.workshopId;
}
