import type { Prisma } from "../../platform/db/generated/client.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";

const slotSelect = { id: true, workshopId: true, startsAt: true, durationMinutes: true } as const;

/** A published drop-off slot: when it starts (an instant) and how long it lasts, in minutes. */
export type SlotRow = Prisma.DropOffSlotGetPayload<{ select: typeof slotSelect }>;

const bookingSelect = { id: true, quoteId: true, customerId: true, workshopId: true, status: true, updatedAt: true, slot: { select: slotSelect } } as const;

/** A booking with the slot it holds (null while cancelled). */
export type BookingRow = Prisma.DropOffBookingGetPayload<{ select: typeof bookingSelect }>;

/** How many free slots a listing returns at most (the soonest first). */
export const MAX_LISTED_SLOTS = 50;

/**
 * Demo data only (src/seed): inserts demo drop-off slots as given, with their fixed ids. No checks,
 * audit or events: the seed builds a consistent world itself. Not for product code.
 */
export async function insertDemoSlots(tx: Tx, slots: Prisma.DropOffSlotCreateManyInput[]): Promise<void> {
  await tx.dropOffSlot.createMany({ data: slots });
}

/** Every read and write of DropOffSlot and DropOffBooking but the status column (booking.machine.ts). */
export class BookingStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one interactive transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /**
   * Holds the workshop's slot publishing until `tx` ends (a transaction-scoped advisory lock), so
   * that checking for an overlapping slot and publishing one happen as one step.
   */
  async lockSlotsOf(tx: Tx, workshopId: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`drop-off-slots:${workshopId}`}))`;
  }

  /** The start of one of the workshop's slots overlapping [startsAt, endsAt) (back-to-back slots do not), or null; read in `tx`. */
  async overlappingSlot(tx: Tx, workshopId: string, startsAt: Date, endsAt: Date): Promise<{ startsAt: Date } | null> {
    const rows = await tx.$queryRaw<{ startsAt: Date }[]>`
      SELECT "startsAt" FROM "DropOffSlot"
      WHERE "workshopId" = ${workshopId}::uuid AND "startsAt" < ${endsAt}::timestamp
        AND "startsAt" + make_interval(mins => "durationMinutes") > ${startsAt}::timestamp
      ORDER BY "startsAt" LIMIT 1`;
    return rows[0] ?? null;
  }

  /**
   * Publishes a slot of the workshop, auditing nothing itself (the caller does, in `tx`).
   * @throws Prisma P2002 when the workshop already has a slot starting then
   */
  createSlot(tx: Tx, slot: { workshopId: string; startsAt: Date; durationMinutes: number }): Promise<SlotRow> {
    return tx.dropOffSlot.create({ data: slot, select: slotSelect });
  }

  /** One slot, or null. */
  slot(id: string): Promise<SlotRow | null> {
    return this.prisma.dropOffSlot.findUnique({ where: { id }, select: slotSelect });
  }

  /** The workshop's slots that start after `now` and no booking holds, soonest first, at most MAX_LISTED_SLOTS. */
  freeSlots(workshopId: string, now: Date): Promise<SlotRow[]> {
    return this.prisma.dropOffSlot.findMany({
      where: { workshopId, startsAt: { gt: now }, booking: { is: null } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: MAX_LISTED_SLOTS,
      select: slotSelect,
    });
  }

  /** Whether the quote's booking is BOOKED on a slot starting after `now` (the car is not dropped off yet); read in `db`. */
  async hasUpcomingDropOff(quoteId: string, now: Date, db: Tx | PrismaClient = this.prisma): Promise<boolean> {
    return (await db.dropOffBooking.count({ where: { quoteId, status: "BOOKED", slot: { is: { startsAt: { gt: now } } } } })) > 0;
  }

  /** The quote's booking in the viewer's scope, or null. */
  bookingOfQuote(scope: StoreScope<Prisma.DropOffBookingWhereInput>, quoteId: string, tx: Tx | PrismaClient = this.prisma): Promise<BookingRow | null> {
    return tx.dropOffBooking.findFirst({ where: { AND: [whereOf(scope) ?? {}, { quoteId }] }, select: bookingSelect });
  }

  /** One booking in the viewer's scope, or null. */
  booking(scope: StoreScope<Prisma.DropOffBookingWhereInput>, id: string, tx: Tx | PrismaClient = this.prisma): Promise<BookingRow | null> {
    return tx.dropOffBooking.findFirst({ where: { AND: [whereOf(scope) ?? {}, { id }] }, select: bookingSelect });
  }
}
