// The demo world's workshop conversation and drop-off (issue 18): Eastside's advisor and Alice
// talk about her escalated brake job, and Eastside has a street address and drop-off slots for
// the coming days, which Alice books once she has approved and paid the quote.
import { detectContactDetails } from "../domain/contacts/contact-detector.ts";
import { insertDemoSlots } from "../modules/bookings/booking.store.ts";
import { insertDemoMessages } from "../modules/chat/chat.store.ts";
import { setDemoStreetAddress } from "../modules/workshops/workshop.store.ts";
import type { Tx } from "../platform/db/prisma.ts";

/** Demo ids of this file: `00000000-0000-4000-8000-0020NNNNNNNN` (messages) and `...-0021...` (slots), apart from seed.ts's families. */
const demoId = (family: 0x20 | 0x21, n: number): string => `00000000-0000-4000-8000-${family.toString(16).padStart(4, "0")}${n.toString(16).padStart(8, "0")}`;

/** Where Eastside Auto Care takes cars in: shown to a customer only on a booked drop-off. */
export const EASTSIDE_STREET_ADDRESS = "4807 E Cesar Chavez St, Austin, TX 78702";

const LINES: ReadonlyArray<{ from: "customer" | "advisor"; text: string; minutesAgo: number }> = [
  { from: "advisor", text: "Hi Alice, we have your Civic's brake and suspension job. The quote is in your app.", minutesAgo: 28 },
  { from: "customer", text: "Thanks! Do the rotors really need replacing, or just the pads?", minutesAgo: 25 },
  { from: "advisor", text: "The mechanic's photos show deep scoring, so rotors too. Once you approve, pick a drop-off slot.", minutesAgo: 22 },
];

/** The parties of the demo conversation (ids from seed.ts). */
export interface DemoConversationParties {
  sessionId: string;
  workshopId: string;
  advisorId: string;
  customerId: string;
}

/** Seeds the conversation (clean lines, as sending would store them), Eastside's address and three free slots. */
export async function seedWorkshopConversation(tx: Tx, now: Date, parties: DemoConversationParties): Promise<void> {
  await insertDemoMessages(
    tx,
    LINES.map((line, i) => {
      const detection = detectContactDetails(line.text);
      return {
        id: demoId(0x20, i + 1),
        sessionId: parties.sessionId,
        workshopId: parties.workshopId,
        senderId: line.from === "customer" ? parties.customerId : parties.advisorId,
        kind: "USER" as const,
        body: line.text,
        deliveredBody: detection.masked,
        flaggedKinds: detection.kinds,
        createdAt: new Date(now.getTime() - line.minutesAgo * 60_000),
      };
    }),
  );
  await setDemoStreetAddress(tx, parties.workshopId, EASTSIDE_STREET_ADDRESS);
  // 8:00 UTC on each of the next three days, an hour each.
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 8);
  await insertDemoSlots(
    tx,
    [0, 1, 2].map((d) => ({ id: demoId(0x21, d + 1), workshopId: parties.workshopId, startsAt: new Date(tomorrow + d * 86_400_000), durationMinutes: 60 })),
  );
}
