// Generic OBD-II fault codes answered without their "P", one a message, are codes, not a number sent in pieces (round 51):
// "0420", then the professional asks "codes?", then "0171" and "0300". Four digits led by a zero each, with no phone word in
// the burst, make no number's cut (phone.ts, piecesFormAPhone: areZeroLedCodes), though the 8 or 12 digits they join to are a
// German landline to libphonenumber: delivered as written, never flagged, edited or penalised. A real number cut into fours
// ("0412" / "5558" / "73") and zero-led fours after a phone word are still masked. In the session chat and in a workshop
// conversation alike.
import { describe, expect, it } from "vitest";
import { CHAT_THREADS, expectDeliveredAsWritten, talk, type Line } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const CODES: Array<{ name: string; lines: Line[] }> = [
  {
    name: "a customer reading three codes without their P, asked between",
    lines: [
      ["PRO", "any fault codes stored?"],
      ["CUSTOMER", "0420"],
      ["PRO", "codes?"],
      ["CUSTOMER", "0171"],
      ["CUSTOMER", "0300"],
    ],
  },
  {
    name: "a customer sending two codes one after the other",
    lines: [
      ["CUSTOMER", "0442"],
      ["CUSTOMER", "0455"],
    ],
  },
];

const NUMBERS: Array<{ name: string; lines: Line[]; secrets: string[] }> = [
  {
    name: "a mobile cut into fours with a reply between",
    lines: [
      ["CUSTOMER", "0412"],
      ["PRO", "?"],
      ["CUSTOMER", "5558"],
      ["CUSTOMER", "73"],
    ],
    secrets: ["0412", "5558", "73"],
  },
  {
    name: "zero-led fours after a phone word",
    lines: [
      ["CUSTOMER", "my number"],
      ["CUSTOMER", "0420"],
      ["CUSTOMER", "0171"],
    ],
    secrets: ["0420", "0171"],
  },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, fault codes sent one a message", (_, open) => {
  it.each(CODES)("are delivered as written and never edited or penalised: $name", async ({ lines }) => {
    const thread = await open(app);
    await expectDeliveredAsWritten(app, await talk(thread, lines), lines);
  });

  it.each(NUMBERS)("still mask a number: $name", async ({ lines, secrets }) => {
    const thread = await open(app);
    const sent = await talk(thread, lines);
    const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: sent.map((message) => message.id) } } });
    const delivered = stored.map((row) => row.deliveredBody).join("\n");
    for (const secret of secrets) expect(delivered, secret).not.toContain(secret);
    expect(sent.some((message) => message.flaggedKinds.includes("PHONE"))).toBe(true);
  });
});
