// Round 56: a number told as one the reader can already see or holds, then edited: "like the one
// on the workshop invoice but it ends in 63", "same number as the one on the sticker, only change
// the 3 to an 8", "it's the number that sent u the mpesa, drop the last 2 and add 19". The likened
// number counts as the sender's when a phone's word asked or said just before it, or when the
// answer opens on "same number as the one"; the edit then may be loose ("ends in 63"). A part's
// number likened to the invoice's, or a price edited, is no phone.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { acrossMessages, hiddenIn } from "./detector-helpers.ts";

/** [messages of one burst, what must be hidden]. */
const CONTACTS: [string[], string][] = [
  [["my cell?", "like the one on the parts receipt but it ends in 41"], "ends in 41"],
  [["Same number as the one on the flyer in your letterbox, only change the 6 to a 9 at the end"], "change the 6 to a 9"],
  [["you've got it already", "it's the number that texted u on monday", "drop the last 2 and add 58"], "add 58"],
  [["its the number that called you yesterday, drop the last digit and put 7"], "put 7"],
];

const INNOCENT: string[][] = [
  ["the part is like the one on the invoice but it ends in 63"],
  ["Same part number as the one on the invoice, only change the 3 to an 8 at the end"],
  ["the number that called u yesterday was the tow company, the quote is like the one on the invoice"],
  ["my brake pads?", "like the one on the invoice but the code ends in 63"],
];

describe("a number likened to one the reader holds, then edited", () => {
  it.each(CONTACTS)("%j hides %j", (messages, secret) => {
    const shown = acrossMessages(messages);
    const at = messages.findIndex((m) => m.includes(secret));
    expect(shown[at]!.kinds).toContain("PHONE");
    expect(hiddenIn(messages[at]!, secret, shown[at]!)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (...messages) => {
    expect(acrossMessages(messages).flatMap((d) => d.kinds)).toEqual([]);
  });
});
