// A phone number typed in pieces is read whole even when the other party answers between the pieces
// ("area code 737" / "yes?" / "555" / "ok" / "0142 thats me"): the sender's latest messages within
// the window are one burst (split-detail.ts, sideBurst), the replies between them passed over. Every
// piece is masked for the reader, the earlier ones retroactively (edited), the send flagged, and a
// professional penalised once, as for pieces sent one after the other. In the session chat and in a
// workshop conversation alike. Numbers of separate thoughts with replies between them (a year, then
// the mileage, then a price; a part number, then how many) stay as written.
import { describe, expect, it } from "vitest";
import { CHAT_THREADS, expectDeliveredAsWritten, talk, type Line, type Party } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

interface Split {
  name: string;
  /** Who types the pieces. */
  sender: Party;
  lines: Line[];
  /** Per piece the sender typed, what of it must not reach the reader. */
  secrets: string[][];
}

const SPLITS: Split[] = [
  {
    name: "an area code, then the exchange, then the line with a customer's reply after each piece",
    sender: "PRO",
    lines: [
      ["PRO", "area code 737"],
      ["CUSTOMER", "yes?"],
      ["PRO", "555"],
      ["CUSTOMER", "ok"],
      ["PRO", "0142 thats me"],
    ],
    secrets: [["737"], ["555"], ["0142"]],
  },
  {
    name: "a customer's number in two pieces with the professional's reply between them",
    sender: "CUSTOMER",
    lines: [
      ["CUSTOMER", "512 555"],
      ["PRO", "k"],
      ["CUSTOMER", "0199 is the rest"],
    ],
    secrets: [["512", "555"], ["0199"]],
  },
  {
    name: "digits said as words with a reply after each piece",
    sender: "PRO",
    lines: [
      ["PRO", "five one two"],
      ["CUSTOMER", "yep"],
      ["PRO", "five five five"],
      ["CUSTOMER", "yep"],
      ["PRO", "zero one nine nine"],
    ],
    secrets: [["five one two"], ["five five five"], ["zero one nine nine"]],
  },
  {
    name: "a service line's area code, exchange and line with the customer saying ok in between",
    sender: "PRO",
    lines: [
      ["PRO", "our service line area code 512"],
      ["CUSTOMER", "ok"],
      ["PRO", "447"],
      ["CUSTOMER", "ok"],
      ["PRO", "0318 ask for Luis"],
    ],
    secrets: [["512"], ["447"], ["0318"]],
  },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, a phone number in pieces with the other party's replies between them", (_, open) => {
  describe.each(SPLITS)("$name", (split) => {
    it("is masked in every piece (the earlier ones retroactively), flagged, and one offence of a professional", async () => {
      const thread = await open(app);
      const sent = await talk(thread, split.lines);
      const pieces = sent.filter((message) => message.party === split.sender);
      const replies = sent.filter((message) => message.party !== split.sender);
      expect(pieces[pieces.length - 1]!.flaggedKinds).toContain("PHONE");

      const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: sent.map((message) => message.id) } } });
      const byId = new Map(stored.map((row) => [row.id, row]));
      pieces.forEach((piece, i) => {
        const row = byId.get(piece.id)!;
        for (const secret of split.secrets[i]!) expect(row.deliveredBody, piece.body).not.toContain(secret);
        expect(row.flaggedKinds).toContain("PHONE");
        // The earlier pieces were delivered before the last arrived: masked since, as an edit.
        if (i < pieces.length - 1) expect(row.editedAt, piece.body).not.toBeNull();
      });
      // The replies are the other party's: never read into the sender's number.
      for (const reply of replies) expect(byId.get(reply.id)).toMatchObject({ deliveredBody: reply.body, editedAt: null, flaggedKinds: [] });

      const edits = await app.prisma.auditLog.count({ where: { action: "chat.message.masked_retroactively", entityId: { in: pieces.map((piece) => piece.id) } } });
      expect(edits).toBe(pieces.length - 1);
      const sender = split.sender === "PRO" ? thread.pro : thread.customer;
      const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: sender.id } });
      // A customer's own number is masked, not penalised; a professional's costs one rung for the burst.
      expect(violations.map((violation) => violation.messageId)).toEqual(split.sender === "PRO" ? [pieces[pieces.length - 1]!.id] : []);
    });
  });
});

const INNOCENT: Array<{ name: string; lines: Line[] }> = [
  {
    name: "a year, then the mileage, then a price",
    lines: [
      ["CUSTOMER", "it's a 2014 civic"],
      ["PRO", "what's the mileage?"],
      ["CUSTOMER", "about 98000 miles"],
      ["PRO", "and what did the last shop quote you?"],
      ["CUSTOMER", "they quoted me 850"],
    ],
  },
  {
    name: "a model year, then the mileage asked for",
    lines: [
      ["CUSTOMER", "2011"],
      ["PRO", "what mileage?"],
      ["CUSTOMER", "143k"],
    ],
  },
  {
    name: "an odometer reading over two messages with a question between",
    lines: [
      ["CUSTOMER", "the odometer says 187"],
      ["PRO", "187 thousand?"],
      ["CUSTOMER", "187,432 exactly"],
    ],
  },
  {
    name: "a part number, then the quantity",
    lines: [
      ["PRO", "part number 04465-33450 for the front set"],
      ["CUSTOMER", "how many do I need?"],
      ["PRO", "2 sets"],
    ],
  },
  {
    name: "two readings and a price with the customer asking between",
    lines: [
      ["PRO", "front pads are at 3mm"],
      ["CUSTOMER", "and the rotors?"],
      ["PRO", "rotors 28mm"],
      ["CUSTOMER", "how much?"],
      ["PRO", "quote is 240 for both"],
    ],
  },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, numbers of separate thoughts with replies between them", (_, open) => {
  it.each(INNOCENT)("are delivered as written and never edited or penalised: $name", async ({ lines }) => {
    const thread = await open(app);
    await expectDeliveredAsWritten(app, await talk(thread, lines), lines);
  });
});
